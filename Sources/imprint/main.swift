import ImprintCLI

Imprint.runMain()
