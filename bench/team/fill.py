#!/usr/bin/env python3
"""Fills one project's workspace for bench/team/run: a busy team as a commune's project gets it.

  fill.py members DB_FILE PROJECT N
      adds N synthetic members (marked as such by their address) to the project's team, straight
      into the SQLite file before the server starts: they only need to exist, never to sign in.
  fill.py api BASE_URL EMAIL PASSWORD PROJECT MESSAGES TASKS DOCUMENTS
      as the project's carrier, through the public API: MESSAGES messages in threads of 100,
      TASKS tasks owned by team members (a third done, a third in progress, some overdue),
      DOCUMENTS documents (small distinct PDFs, every sixth with a second version); then signs in
      through the sign-in form and prints the session cookie ("sid=…") on the last line.

One keep-alive connection, so the filling takes seconds rather than minutes of curl processes.
"""
import http.client
import json
import os
import re
import sqlite3
import sys
import urllib.parse
import uuid


def add_members(db_file, project, n):
    con = sqlite3.connect(db_file)
    now = "2026-11-01T09:00:00Z"
    kinds = ["expert", "expert", "expert", "observer", "animator"]
    with con:
        for i in range(n):
            cur = con.execute(
                "INSERT INTO members (email, display_name, password_hash, created_at, "
                "email_verified_at) VALUES (?, ?, '!', ?, ?)",
                (f"team.bench.{i}@example.invalid", f"Membre {i}", now, now))
            con.execute(
                "INSERT INTO project_team (project_id, member_id, role, joined_at, role_kind) "
                "VALUES (?, ?, ?, ?, ?)",
                (project, cur.lastrowid, "Bénévole", now, kinds[i % len(kinds)]))
    con.close()


class Api:
    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        self.headers = {}

    def call(self, method, path, body=None, content_type="application/json", expect=(200, 201)):
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = content_type
            if isinstance(body, str):
                body = body.encode()
        self.conn.request(method, path, body=body, headers=headers)
        res = self.conn.getresponse()
        data = res.read()
        if res.status not in expect:
            sys.exit(f"fill: {method} {path} answered {res.status}: {data[:300]!r}")
        return res, data

    def json(self, method, path, payload=None):
        body = None if payload is None else json.dumps(payload)
        return json.loads(self.call(method, path, body)[1] or b"null")


def multipart(fields, filename, content):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                 f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'.encode())
    parts.append(content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def fill_api(base, email, password, project, messages, tasks, documents):
    api = Api(base)
    token = api.json("POST", "/api/v1/tokens", {"email": email, "password": password})["token"]
    api.headers["Authorization"] = f"Bearer {token}"

    team = api.json("GET", f"/api/v1/projects/{project}/team")["members"]
    owners = [m["id"] for m in team if m["role_kind"] in ("carrier", "expert", "animator")]

    posted = 0
    t = 0
    while posted < messages:
        t += 1
        thread = api.json("POST", f"/api/v1/projects/{project}/threads", {
            "title": f"Étude de faisabilité, lot {t}",
            "body": "Premier point : le **tracé** du réseau et les devis reçus."})
        posted += 1
        for i in range(min(99, messages - posted)):
            api.json("POST", f"/api/v1/threads/{thread['id']}/messages", {
                "body": f"Réponse {i} : d'accord pour *la variante B*, voir le [plan]"
                        f"(https://example.org/plan-{i}) et la liste :\n\n- coût\n- délai\n"})
            posted += 1

    statuses = ["open", "doing", "done"]
    for i in range(tasks):
        due = f"2026-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}"
        task = api.json("POST", f"/api/v1/projects/{project}/tasks", {
            "title": f"Tâche {i} : relancer le bureau d'études", "owner_id": owners[i % len(owners)],
            "due_on": due})
        status = statuses[i % 3]
        if status != "open":
            api.json("POST", f"/api/v1/tasks/{task['id']}/status", {"status": status})

    kinds = ["study", "budget", "plan", "minutes", "other"]
    for i in range(documents):
        versions = 2 if i % 6 == 0 else 1
        for v in range(versions):
            content = b"%PDF-1.4\n" + os.urandom(2048)
            body, ctype = multipart({"title": f"Document {i}", "kind": kinds[i % len(kinds)]},
                                    f"document-{i}-v{v + 1}.pdf", content)
            api.call("POST", f"/api/v1/projects/{project}/documents", body, ctype)

    # A session for the pages, as a browser gets one.
    del api.headers["Authorization"]
    res, page = api.call("GET", "/account/signin")
    sid = re.search(r"sid=([^;]+)", res.getheader("Set-Cookie") or "").group(1)
    csrf = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
    api.headers["Cookie"] = f"sid={sid}"
    form = urllib.parse.urlencode({"_csrf": csrf, "email": email, "password": password})
    res, _ = api.call("POST", "/account/signin", form, "application/x-www-form-urlencoded",
                      expect=(303,))
    sid = re.search(r"sid=([^;]+)", res.getheader("Set-Cookie") or f"sid={sid}").group(1)
    print(f"filled: {posted} messages in {t} threads, {tasks} tasks, {documents} documents")
    print(f"sid={sid}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "members":
        add_members(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 9 and sys.argv[1] == "api":
        fill_api(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]),
                 int(sys.argv[7]), int(sys.argv[8]))
    else:
        sys.exit(__doc__)
