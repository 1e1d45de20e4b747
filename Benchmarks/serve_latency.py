#!/usr/bin/env python3
"""Time from saving one brief to the reload event of `imprint serve`, and its memory.

    Benchmarks/serve_latency.py IMPRINT SITE [EDITS]

Starts `IMPRINT serve --site SITE --port 0`, listens on /_imprint/events, then EDITS times
(default 21) saves one brief the way editors' tools do (a temporary file renamed over it),
each time a different brief and a different sentence, and waits for the `build` event.
Prints the median, minimum and maximum latency, the pages re-rendered per edit as the server
reports them, the server's resident memory (current and peak) from /proc, and the time from
Ctrl-C (SIGINT) to its exit, which includes deleting its preview files. Not a test.
"""
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time


def main():
    imprint, site = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    started = time.monotonic()
    server = subprocess.Popen([imprint, "serve", "--site", site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    port = None
    for line in server.stdout:
        sys.stderr.write("  server: " + line)
        m = re.search(r"Serving at http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("the server did not start")
    first_build = time.monotonic() - started
    lines = []

    def collect():
        for line in server.stdout:
            lines.append(line)
    threading.Thread(target=collect, daemon=True).start()

    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET /_imprint/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    buffer = b""

    def next_build(after, timeout=30):
        nonlocal buffer
        deadline = time.monotonic() + timeout
        while True:
            for m in re.finditer(rb"data: (\{.*?\})\r?\n", buffer):
                event = json.loads(m.group(1))
                if event["generation"] > after:
                    buffer = buffer[m.end():]
                    return event
            sock.settimeout(max(0.01, deadline - time.monotonic()))
            chunk = sock.recv(65536)
            if not chunk:
                sys.exit("event stream closed")
            buffer += chunk

    generation = next_build(0)["generation"]
    briefs = sorted(os.listdir(os.path.join(site, "content", "briefs")))
    latencies = []
    for i in range(edits):
        name = briefs[(i * 37) % len(briefs)]
        path = os.path.join(site, "content", "briefs", name)
        if os.path.isdir(path):
            path = os.path.join(path, "index.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text += f"\nAn added sentence, number {i}, for the benchmark.\n"
        temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
        t0 = time.monotonic()
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(text)
        os.rename(temporary, path)
        event = next_build(generation)
        latencies.append((time.monotonic() - t0) * 1000)
        generation = event["generation"]
        time.sleep(0.2)
    time.sleep(0.2)
    status = open(f"/proc/{server.pid}/status").read()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
    stopping = time.monotonic()
    server.send_signal(signal.SIGINT)
    server.wait(timeout=120)
    stopped = time.monotonic() - stopping
    rendered = [int(m.group(1)) for l in lines for m in [re.search(r"(\d+) pages? re-rendered", l)] if m]
    print(f"first build and start: {first_build:.1f} s")
    print(f"save → reload event over {len(latencies)} edits: median {statistics.median(latencies):.0f} ms, "
          f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms")
    if rendered:
        print(f"pages re-rendered per edit: {statistics.median(rendered):.0f} (median)")
    print(f"memory while serving: {rss:.0f} MB resident, {peak:.0f} MB peak")
    print(f"Ctrl-C to exit (preview files deleted): {stopped:.2f} s")
    for line in lines[-int(os.environ.get("SHOW_LINES", "3")):]:
        sys.stderr.write("  server: " + line)


if __name__ == "__main__":
    main()
