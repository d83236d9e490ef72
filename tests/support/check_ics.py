#!/usr/bin/python3
"""check_ics.py FILE: checks a calendar file as a calendar application would read it.

Run with Debian's Python (/usr/bin/python3), which has python3-icalendar. Checks the RFC 5545
shape (CRLF line ends, lines of at most 75 octets, no bare LF), parses it with icalendar,
requires UID, DTSTAMP, DTSTART;TZID, DTEND and SUMMARY on every event, and converts each start to
UTC twice: with the VTIMEZONE the file carries (icalendar's Timezone.to_tz) and with the system
tz database (zoneinfo). Both must agree. A METHOD:CANCEL file (RFC 5546 §3.2.5) must give each
event its ORGANIZER, SEQUENCE and STATUS:CANCELLED. Prints the method, then one line per event:
    METHOD PUBLISH
    UID START_UTC END_UTC TZID SUMMARY
    UID STATUS SEQUENCE        (STATUS "-" when the event has none)
and exits 1 with the reason on the first problem.
"""
import datetime
import sys
import zoneinfo

from icalendar import Calendar


def fail(why):
    print("check_ics: " + why)
    sys.exit(1)


def main(path):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {n}: bare CR or LF")
        if len(line) > 75:
            fail(f"line {n}: {len(line)} octets (more than 75)")
        line.decode("utf-8")  # a fold never cuts a character
    cal = Calendar.from_ical(raw)
    if str(cal.get("VERSION")) != "2.0" or "PRODID" not in cal:
        fail("VERSION 2.0 and PRODID are required")
    zones = {str(tz["TZID"]): tz.to_tz() for tz in cal.walk("VTIMEZONE")}
    events = cal.walk("VEVENT")
    if not events:
        fail("no event")
    method = str(cal.get("METHOD", "-"))
    print(f"METHOD {method}")
    utc = datetime.timezone.utc
    for ev in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            if prop not in ev:
                fail(f"an event without {prop}")
        out = []
        for prop in ("DTSTART", "DTEND"):
            value = ev[prop]
            tzid = value.params.get("TZID")
            if not tzid or tzid not in zones:
                fail(f"{prop} has no TZID with a VTIMEZONE in the file")
            wall = value.dt.replace(tzinfo=None)
            by_file = zones[tzid].localize(wall).astimezone(utc)
            by_system = wall.replace(tzinfo=zoneinfo.ZoneInfo(tzid)).astimezone(utc)
            if by_file != by_system:
                fail(f"{prop} {wall} {tzid}: the file's VTIMEZONE says {by_file}, "
                     f"the tz database {by_system}")
            out.append(by_file.strftime("%Y-%m-%dT%H:%M:%SZ"))
        if out[1] <= out[0]:
            fail("an event ends before it starts")
        status = str(ev.get("STATUS", "-"))
        if method == "CANCEL":
            for prop in ("ORGANIZER", "SEQUENCE"):
                if prop not in ev:
                    fail(f"a CANCEL without {prop}")
            if status != "CANCELLED":
                fail("a CANCEL whose event is not STATUS:CANCELLED")
        print(f"{ev['UID']} {out[0]} {out[1]} {ev['DTSTART'].params['TZID']} {ev['SUMMARY']}")
        print(f"{ev['UID']} {status} {int(ev.get('SEQUENCE', 0))}")


if __name__ == "__main__":
    main(sys.argv[1])
