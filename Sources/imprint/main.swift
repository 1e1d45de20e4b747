import ImprintCLI

await Imprint.runMain()
