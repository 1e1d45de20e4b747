import Foundation
import Testing
@testable import PDFExport

@Suite struct ExternalToolTests {
    let here = URL(fileURLWithPath: "/")

    @Test func aMissingToolSaysHowToInstallIt() {
        #expect {
            try ExternalTool.locate(name: "WeasyPrint", command: "weasyprint", explicitPath: "/nonexistent/weasyprint",
                                    relativeTo: here, installHint: WeasyPrint.installHint)
        } throws: { error in
            let text = "\(error)"
            return text.contains("WeasyPrint not found (no file at /nonexistent/weasyprint)")
                && text.contains("apt-get install weasyprint") && text.contains("pip install weasyprint")
        }
        #expect(throws: ExternalToolError.notFound(tool: "WeasyPrint", looked: "no `weasyprint` on PATH", installHint: "hint")) {
            try ExternalTool.locate(name: "WeasyPrint", command: "weasyprint", explicitPath: nil, relativeTo: here,
                                    installHint: "hint", environment: ["PATH": "/nonexistent"])
        }
    }

    @Test func aFolderIsNotAProgram() {
        #expect(throws: ExternalToolError.notExecutable(tool: "WeasyPrint", path: "/tmp")) {
            try ExternalTool.locate(name: "WeasyPrint", command: "weasyprint", explicitPath: "/tmp", relativeTo: here, installHint: "")
        }
    }

    @Test func findsAProgramOnPath() throws {
        let sh = try ExternalTool.locate(name: "Shell", command: "sh", explicitPath: nil, relativeTo: here, installHint: "",
                                         environment: ["PATH": "/nonexistent:/bin:/usr/bin"])
        #expect(sh.executable.lastPathComponent == "sh")
        let output = try sh.run(["-c", "echo out; echo err >&2"], timeout: 10)
        #expect(output.stdout == "out\n")
        #expect(output.stderr == "err\n")
    }

    @Test func aFailureCarriesTheLastLinesOfStandardError() throws {
        let sh = ExternalTool(name: "Shell", executable: URL(fileURLWithPath: "/bin/sh"))
        #expect {
            try sh.run(["-c", "echo first >&2; echo 'ValueError: bad' >&2; exit 3"], timeout: 10)
        } throws: { error in
            "\(error)" == "Shell failed (exit status 3): first | ValueError: bad"
        }
    }

    @Test func aToolThatHangsIsStoppedAtTheTimeLimit() throws {
        let sh = ExternalTool(name: "Shell", executable: URL(fileURLWithPath: "/bin/sh"))
        let start = Date()
        #expect {
            try sh.run(["-c", "echo started >&2; exec sleep 30"], timeout: 0.5)
        } throws: { error in
            guard case .timedOut(_, let seconds, let stderr) = error as? ExternalToolError else { return false }
            return seconds == 0.5 && stderr == "started\n" && "\(error)".contains("took longer than 0.5 s and was stopped")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
