#!/usr/bin/env python3
"""Loads the HTML reports in a real browser (headless Chromium, driven over its DevTools protocol)
and checks what a person would see (#27):

  - nothing wider than the page: at 1,000 CSS px on screen and at A4 print width (186 mm, the
    report's @page box: 210 mm less 2 x 12 mm, 703 CSS px), every element's box lies inside the
    document's width, and the document does not scroll sideways;
  - no error in the console (console.error, a log entry of level error, an uncaught exception);
  - the load time (Performance timing, navigation start to the load event) under a limit.

Reports: SampleData (en, vi, and en with --units current) and a generated messy province of 140
communes (`generate --mess 1`, small so that CI stays fast; en and vi).

    scripts/browser-check.py            writes to .build/browser-check/ (or $BROWSER_CHECK_OUT)

For each report NAME it writes NAME.html, NAME.png (screen, 1000 px wide), NAME-print.png (print
media, 703 px wide) and NAME.pdf (A4, Chromium's own print), and prints one line per report with
its size and load time. Exits 1 on any failure, naming the report and the offending elements.

Environment: CHROMIUM (default: chromium), SCRATCH_PATH (SwiftPM build folder, default .build),
BROWSER_CHECK_OUT (output folder), BROWSER_CHECK_LOAD_LIMIT (seconds, default 2.0),
BROWSER_CHECK_EXTRA (more data folders to check in English, separated by ":").
Installs Debian's chromium with apt-get when it is missing and this runs as root.
Python 3 standard library only; Chromium's DevTools pipe (fd 3 in, fd 4 out, NUL-separated JSON).
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREEN_WIDTH = 1000
PRINT_WIDTH = 703  # 186 mm at 96 px an inch: A4 less the report's 12 mm margins
LOAD_LIMIT = float(os.environ.get("BROWSER_CHECK_LOAD_LIMIT", "2.0"))


def log(message):
    print("browser-check: " + message, file=sys.stderr, flush=True)


def fail(message):
    log(message)
    sys.exit(1)


def ensure_chromium():
    chromium = os.environ.get("CHROMIUM", "chromium")
    found = shutil.which(chromium)
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing Debian's chromium package")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        found = shutil.which(chromium)
        if found:
            return found
    fail("%s not found; install it (Debian: apt-get install chromium)" % chromium)


def build_tool():
    scratch = os.environ.get("SCRATCH_PATH", ".build")
    subprocess.run(["swift", "build", "--scratch-path", scratch, "--product", "commune-health"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    folder = subprocess.run(["swift", "build", "--scratch-path", scratch, "--show-bin-path"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(folder, "commune-health")


def write_reports(tool, out):
    """The reports to check, as (name, path): analyze's status 1 (a file rejected) still writes one."""
    messy = os.path.join(out, "messy-province")
    if not os.path.isdir(messy):
        subprocess.run([tool, "generate", "--out", messy, "--communes", "140", "--residents", "30000",
                        "--seed", "7", "--mess", "1"], check=True, stdout=subprocess.DEVNULL)
    runs = [("sample-en", "SampleData", "en", []), ("sample-vi", "SampleData", "vi", []),
            ("sample-current-en", "SampleData", "en", ["--units", "current"]),
            ("messy-en", messy, "en", []), ("messy-vi", messy, "vi", [])]
    # More folders to check, e.g. a whole generated province: BROWSER_CHECK_EXTRA=DIR1:DIR2 (English).
    for index, extra in enumerate(filter(None, os.environ.get("BROWSER_CHECK_EXTRA", "").split(":"))):
        runs.append(("extra%d-en" % (index + 1), os.path.abspath(extra), "en", []))
    reports = []
    for name, data, lang, options in runs:
        html = os.path.join(out, name + ".html")
        status = subprocess.run([tool, "analyze", os.path.join(ROOT, data) if data == "SampleData" else data,
                                 "--format", "html", "--lang", lang, "--quiet", "--output", html] + options,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if status > 1:
            fail("analyze %s --lang %s exited with %d" % (data, lang, status))
        reports.append((name, html))
    return reports


class Browser:
    """Chromium with its DevTools protocol on a pipe."""

    def __init__(self, binary):
        to_read, self.to_browser = os.pipe()
        self.from_browser, from_write = os.pipe()
        # Above 3 and 4, so that dup2 in the child cannot overwrite one end with the other.
        child_in = fcntl.fcntl(to_read, fcntl.F_DUPFD, 100)
        child_out = fcntl.fcntl(from_write, fcntl.F_DUPFD, 100)

        def setup_child():
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.profile = tempfile.mkdtemp(prefix="browser-check-")
        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--disable-extensions", "--disable-background-networking", "--mute-audio", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=setup_child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_read, from_write, child_in, child_out):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                fail("Chromium closed its DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    fail("%s failed: %s" % (method, reply["error"]))
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, event, session, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, message in enumerate(self.events):
                if message.get("method") == event and message.get("sessionId") == session:
                    del self.events[index]
                    return message
            self.events.append(self.receive())
        fail("no %s within %d s" % (event, timeout))

    def evaluate(self, session, expression):
        result = self.call("Runtime.evaluate", session, expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            fail("script failed: %s" % result["exceptionDetails"])
        return result["result"].get("value")

    def close(self):
        try:
            self.call("Browser.close")
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# Every element whose box reaches beyond the document's width (or starts left of it), but for
# those inside a collapsed <details> (no box); described by tag, id, class and its first words.
OVERFLOW = r"""(() => {
  const width = document.documentElement.clientWidth;
  const offenders = [];
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      let name = element.tagName.toLowerCase();
      if (element.id) name += '#' + element.id;
      const cls = element.getAttribute('class');
      if (cls) name += '.' + cls.trim().split(/\s+/).join('.');
      const text = (element.textContent || '').trim().slice(0, 40);
      offenders.push(name + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + '] "' + text + '"');
    }
  }
  return {width: width, scrollWidth: document.documentElement.scrollWidth, count: offenders.length,
          offenders: offenders.slice(0, 12)};
})()"""


# Chromium cannot capture an image of a whole page of millions of pixels (120,000 px long works,
# 2.5 million does not); a longer page is shot to there.
MAX_SHOT_HEIGHT = 120000


def screenshot(browser, session, width, path):
    """Shoots the page; returns whether it was whole."""
    height = int(browser.call("Page.getLayoutMetrics", session)["cssContentSize"]["height"]) + 1
    whole = height <= MAX_SHOT_HEIGHT
    if not whole:
        log("%s: the page is %d px long, shot to %d px" % (os.path.basename(path), height, MAX_SHOT_HEIGHT))
        height = MAX_SHOT_HEIGHT
    shot = browser.call("Page.captureScreenshot", session, format="png", captureBeyondViewport=True,
                        clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    return whole


def check(browser, name, html, out):
    """The failures of one report, as sentences."""
    failures = []
    began = time.monotonic()
    target = browser.call("Target.createTarget", url="about:blank")["targetId"]
    session = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.call(domain + ".enable", session)
    browser.call("Emulation.setDeviceMetricsOverride", session, width=SCREEN_WIDTH, height=900,
                 deviceScaleFactor=1, mobile=False)
    started = time.monotonic()
    browser.call("Page.navigate", session, url="file://" + os.path.abspath(html))
    browser.wait_for("Page.loadEventFired", session)
    wall = time.monotonic() - started
    timing = browser.evaluate(session, "(() => { const t = performance.timing; "
                                       "return (t.loadEventStart - t.navigationStart) / 1000; })()")
    load = timing if timing and timing > 0 else wall
    if load > LOAD_LIMIT:
        failures.append("loads in %.2f s, above the limit of %.1f s" % (load, LOAD_LIMIT))
    log("%-18s %6.1f MB  loaded in %.2f s" % (name, os.path.getsize(html) / 1e6, load))

    for media, width in (("screen", SCREEN_WIDTH), ("print", PRINT_WIDTH)):
        browser.call("Emulation.setEmulatedMedia", session, media=media)
        browser.call("Emulation.setDeviceMetricsOverride", session, width=width, height=900,
                     deviceScaleFactor=1, mobile=False)
        result = browser.evaluate(session, OVERFLOW)
        if result["count"] or result["scrollWidth"] > result["width"]:
            failures.append("%s at %d px: the page is %d px wide, %d elements reach beyond it:\n      %s"
                            % (media, width, result["scrollWidth"], result["count"],
                               "\n      ".join(result["offenders"])))
        whole = screenshot(browser, session, width, os.path.join(out, name + ("-print" if media == "print" else "") + ".png"))
    browser.call("Emulation.setEmulatedMedia", session, media="")
    if whole:  # a page too long to shoot would be thousands of pages of PDF
        pdf = browser.call("Page.printToPDF", session, printBackground=True, preferCSSPageSize=True,
                           paperWidth=8.27, paperHeight=11.69)
        with open(os.path.join(out, name + ".pdf"), "wb") as file:
            file.write(base64.b64decode(pdf["data"]))

    # Console errors, log errors and uncaught exceptions, from every event of this session.
    for event in browser.events:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            failures.append("console error: %s" % " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            failures.append("log error: %s" % params["entry"].get("text"))
        elif method == "Runtime.exceptionThrown":
            failures.append("exception: %s" % params.get("exceptionDetails", {}).get("text"))
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    browser.call("Target.closeTarget", targetId=target)
    log("%-18s %s  (checked in %.0f s)" % (name, "ok" if not failures else "FAILED", time.monotonic() - began))
    return failures


def main():
    os.chdir(ROOT)
    out = os.path.abspath(os.environ.get("BROWSER_CHECK_OUT", os.path.join(ROOT, ".build", "browser-check")))
    os.makedirs(out, exist_ok=True)
    began = time.monotonic()
    chromium = ensure_chromium()
    tool = build_tool()
    reports = write_reports(tool, out)
    log("reports written in %.0f s" % (time.monotonic() - began))
    browser = Browser(chromium)
    failures = []
    try:
        for name, html in reports:
            failures += ["%s: %s" % (name, failure) for failure in check(browser, name, html, out)]
    finally:
        browser.close()
    if failures:
        for failure in failures:
            log(failure)
        fail("%d failure(s); screenshots in %s" % (len(failures), out))
    log("every report fits 1000 px and A4, without console errors, each under %.1f s; screenshots in %s"
        % (LOAD_LIMIT, out))


if __name__ == "__main__":
    main()
