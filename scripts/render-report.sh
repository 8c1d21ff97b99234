#!/usr/bin/env bash
# Renders the HTML report of SampleData in a real browser (headless Chromium), in English and in
# Vietnamese, for people to look at:
#
#   scripts/render-report.sh [DATA [OUTDIR]]        default: SampleData, .build-report
#
# writes to OUTDIR, for each language L in en and vi:
#   report-L.html        the report, as `analyze --format html --lang L` writes it
#   report-L.png         the whole page as a screen shows it, 1000 CSS pixels wide
#   report-L-print.png   the page in print media, 186 mm wide: A4 less the report's margins
#   report-L.pdf         the page printed on A4 by Chromium
#
# Environment: CHROMIUM (default: chromium), SCRATCH_PATH (SwiftPM build folder, default .build),
# PART_HEIGHT (if set, the PNGs are also cut into parts of that many pixels: report-L-1.png, ...),
# ANALYZE_OPTIONS (more options for analyze, e.g. "--units current"), SECTION (a CSS selector: the
# first element it matches is also shot alone, 1000 CSS pixels wide, into report-L-section.png;
# e.g. SECTION=section.trends).
# Installs Debian's chromium package with apt-get when it is missing and this runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-SampleData}"
out="${2:-.build-report}"
chromium="${CHROMIUM:-chromium}"
scratch="${SCRATCH_PATH:-.build}"

if ! command -v "$chromium" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "render-report: installing Debian's chromium package" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq chromium >/dev/null
    else
        echo "render-report: $chromium not found; install it (Debian: sudo apt-get install chromium)" >&2
        exit 1
    fi
fi
command -v python3 >/dev/null 2>&1 || { echo "render-report: python3 is needed to drive Chromium" >&2; exit 1; }

swift build --scratch-path "$scratch" --product commune-health >&2
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/commune-health"
mkdir -p "$out"

for lang in en vi; do
    html="$out/report-$lang.html"
    status=0
    # shellcheck disable=SC2086 # ANALYZE_OPTIONS is a list of words
    "$binary" analyze "$data" --format html --lang "$lang" ${ANALYZE_OPTIONS:-} --output "$html" 2>"$out/report-$lang.log" || status=$?
    # 1 means a file was rejected: the report is still written and lists it.
    if [ "$status" -gt 1 ]; then
        cat "$out/report-$lang.log" >&2
        exit "$status"
    fi
    CHROMIUM_BINARY="$(command -v "$chromium")" python3 - "$html" "$out/report-$lang" "${PART_HEIGHT:-0}" "${SECTION:-}" <<'PYTHON'
# Drives Chromium over its DevTools pipe (fd 3 in, fd 4 out, NUL-terminated JSON) to take a
# screenshot of the whole page, which --screenshot alone cannot do.
import base64, fcntl, json, os, shutil, subprocess, sys, tempfile

html, stem, part_height, section = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
url = "file://" + os.path.abspath(html)
to_browser_read, to_browser_write = os.pipe()
from_browser_read, from_browser_write = os.pipe()
# Keep the pipe ends above 3 and 4 so that dup2 in the child cannot overwrite one with the other.
child_in = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 100)
child_out = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 100)

def setup_child():
    os.dup2(child_in, 3)
    os.dup2(child_out, 4)

profile = tempfile.mkdtemp(prefix="render-report-")
browser = subprocess.Popen(
    [os.environ["CHROMIUM_BINARY"], "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
     "--no-first-run", "--disable-extensions", "--disable-background-networking", "--mute-audio",
     "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
    preexec_fn=setup_child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for fd in (to_browser_read, from_browser_write, child_in, child_out):
    os.close(fd)

buffer = b""
next_id = 0
events = []

def receive():
    global buffer
    while b"\0" not in buffer:
        chunk = os.read(from_browser_read, 1 << 20)
        if not chunk:
            sys.exit("render-report: Chromium closed its DevTools pipe")
        buffer += chunk
    message, buffer = buffer.split(b"\0", 1)
    return json.loads(message)

def call(method, session=None, **params):
    global next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params}
    if session:
        message["sessionId"] = session
    os.write(to_browser_write, json.dumps(message).encode() + b"\0")
    while True:
        reply = receive()
        if reply.get("id") == next_id:
            if "error" in reply:
                sys.exit("render-report: %s failed: %s" % (method, reply["error"]))
            return reply["result"]
        events.append(reply)

def wait_for(event, session):
    while True:
        for index, message in enumerate(events):
            if message.get("method") == event and message.get("sessionId") == session:
                del events[: index + 1]
                return
        events.append(receive())

def screenshot(session, width, path, media):
    call("Emulation.setEmulatedMedia", session, media=media)
    call("Emulation.setDeviceMetricsOverride", session, width=width, height=900, deviceScaleFactor=1, mobile=False)
    height = int(call("Page.getLayoutMetrics", session)["cssContentSize"]["height"]) + 1
    shot = call("Page.captureScreenshot", session, format="png", captureBeyondViewport=True,
                clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    print("render-report: wrote %s (%d x %d)" % (path, width, height), file=sys.stderr)
    if part_height > 0:
        for part, top in enumerate(range(0, height, part_height), start=1):
            clip = {"x": 0, "y": top, "width": width, "height": min(part_height, height - top), "scale": 1}
            shot = call("Page.captureScreenshot", session, format="png", captureBeyondViewport=True, clip=clip)
            with open(path[:-4] + "-%d.png" % part, "wb") as file:
                file.write(base64.b64decode(shot["data"]))

try:
    target = call("Target.createTarget", url="about:blank")["targetId"]
    session = call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    call("Page.enable", session)
    call("Page.navigate", session, url=url)
    wait_for("Page.loadEventFired", session)
    screenshot(session, 1000, stem + ".png", "screen")
    if section:
        box = call("Runtime.evaluate", session, returnByValue=True,
                   expression="(() => { const e = document.querySelector(%s); if (!e) return null; "
                              "const r = e.getBoundingClientRect(); return [r.x, r.y + window.scrollY, r.width, r.height]; })()"
                              % json.dumps(section))["result"].get("value")
        if not box:
            sys.exit("render-report: nothing matches SECTION %s" % section)
        shot = call("Page.captureScreenshot", session, format="png", captureBeyondViewport=True,
                    clip={"x": max(0, box[0] - 8), "y": max(0, box[1] - 8), "width": box[2] + 16, "height": box[3] + 16, "scale": 1})
        with open(stem + "-section.png", "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        print("render-report: wrote %s-section.png (%s)" % (stem, section), file=sys.stderr)
    screenshot(session, 703, stem + "-print.png", "print")  # 186 mm at 96 dpi: A4 less 2 x 12 mm
    call("Emulation.setEmulatedMedia", session, media="")
    pdf = call("Page.printToPDF", session, printBackground=True, preferCSSPageSize=True,
               paperWidth=8.27, paperHeight=11.69)
    with open(stem + ".pdf", "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    print("render-report: wrote %s.pdf (A4)" % stem, file=sys.stderr)
    call("Browser.close")
finally:
    try:
        browser.wait(timeout=10)
    except subprocess.TimeoutExpired:
        browser.kill()
    shutil.rmtree(profile, ignore_errors=True)
PYTHON
done
echo "render-report: open $out/report-en.png and $out/report-vi.png" >&2
