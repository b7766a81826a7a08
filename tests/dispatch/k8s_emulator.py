#!/usr/bin/env python3
"""A loopback stand-in for the Kubernetes API server's batch/v1 Jobs endpoints, written from the
API's documented behaviour (Debian 12 ships no kube-apiserver). HTTPS with the given certificate,
bearer-token auth, and for /apis/batch/v1/namespaces/{ns}/jobs:

  POST          create; 409 AlreadyExists (a Status object) when the name is taken
  GET           list (labelSelector k=v[,k=v]), JobList with metadata.resourceVersion;
                ?watch=true streams newline-delimited events after ?resourceVersion=N
                (ADDED / MODIFIED / DELETED) until timeoutSeconds
  GET {name}    one Job, 404 NotFound
  PATCH {name}  application/merge-patch+json (RFC 7386); 409 Conflict when the patch carries a
                metadata.resourceVersion that is not the current one; spec.suspend true → no active
                pods and a Suspended condition, false → one active pod and a startTime
  DELETE {name} propagationPolicy from the DeleteOptions body or query; 409 Conflict when its
                preconditions (uid, resourceVersion) do not match; 200 Status Success

Every write bumps the global resourceVersion, as etcd's revision does.
Test hooks: POST /emulator/touch/{ns}/{name} changes the object (as another client would);
POST /emulator/conflict-next/{ns}/{name} makes another client change it just before the next PATCH.

  k8s_emulator.py PORTFILE CERT KEY TOKEN     (writes the chosen port to PORTFILE when ready)
"""
import copy
import datetime
import http.server
import json
import socketserver
import ssl
import sys
import threading
import time
import urllib.parse
import uuid

LOCK = threading.Condition()
JOBS = {}  # (namespace, name) -> job
EVENTS = []  # (resourceVersion, type, object)
REVISION = [1]
CONFLICT_NEXT = set()  # (namespace, name)


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def status(code, reason, message):
    return code, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                  "message": message, "reason": reason, "code": code}


def bump(kind, job):
    REVISION[0] += 1
    job["metadata"]["resourceVersion"] = str(REVISION[0])
    EVENTS.append((REVISION[0], kind, copy.deepcopy(job)))
    LOCK.notify_all()


def apply_suspend(job):
    st = job.setdefault("status", {})
    if job["spec"].get("suspend"):
        st["active"] = 0
        st["conditions"] = [{"type": "Suspended", "status": "True", "reason": "JobSuspended"}]
    else:
        st["active"] = 1
        st.setdefault("startTime", now())
        st["conditions"] = [c for c in st.get("conditions", []) if c["type"] != "Suspended"]


def merge(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge(target.get(key), value)
    return target


def matches(job, selector):
    if not selector:
        return True
    labels = job["metadata"].get("labels", {})
    for term in selector.split(","):
        k, _, v = term.partition("=")
        if labels.get(k) != v:
            return False
    return True


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    token = ""

    def log_message(self, *args):
        pass

    def reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else {}

    def route(self):
        url = urllib.parse.urlparse(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        parts = [p for p in url.path.split("/") if p]
        if parts[:2] == ["emulator", "touch"]:
            return ("touch", parts[2], parts[3], query)
        if parts[:2] == ["emulator", "conflict-next"]:
            return ("conflict-next", parts[2], parts[3], query)
        if self.headers.get("Authorization") != "Bearer " + Handler.token:
            return ("unauthorized", None, None, query)
        if parts[:5] == ["apis", "batch", "v1", "namespaces", parts[4] if len(parts) > 4 else ""] \
                and len(parts) >= 6 and parts[5] == "jobs":
            return ("jobs", parts[4], parts[6] if len(parts) > 6 else None, query)
        return ("missing", None, None, query)

    def handle_any(self, method):
        what, ns, name, query = self.route()
        if what == "unauthorized":
            return self.reply(*status(401, "Unauthorized", "Unauthorized"))
        if what == "missing":
            return self.reply(*status(404, "NotFound", "the server could not find the requested resource"))
        if what == "touch":
            with LOCK:
                job = JOBS.get((ns, name))
                if not job:
                    return self.reply(*status(404, "NotFound", "no such job"))
                job["metadata"].setdefault("annotations", {})["touched-by"] = "someone-else"
                bump("MODIFIED", job)
                return self.reply(200, job)
        if what == "conflict-next":
            with LOCK:
                CONFLICT_NEXT.add((ns, name))
            return self.reply(200, {"kind": "Status", "status": "Success"})
        if method == "GET" and name is None and query.get("watch") in ("true", "1"):
            return self.watch(ns, query)
        with LOCK:
            if method == "POST" and name is None:
                job = self.body()
                jname = job.get("metadata", {}).get("name", "")
                if (ns, jname) in JOBS:
                    return self.reply(*status(409, "AlreadyExists", 'jobs.batch "%s" already exists' % jname))
                job.setdefault("metadata", {}).update({"namespace": ns, "uid": str(uuid.uuid4()),
                                                       "creationTimestamp": now()})
                job["status"] = {}
                apply_suspend(job)
                JOBS[(ns, jname)] = job
                bump("ADDED", job)
                return self.reply(201, job)
            if method == "GET" and name is None:
                items = [j for (n, _), j in sorted(JOBS.items()) if n == ns and matches(j, query.get("labelSelector"))]
                return self.reply(200, {"kind": "JobList", "apiVersion": "batch/v1",
                                        "metadata": {"resourceVersion": str(REVISION[0])}, "items": items})
            job = JOBS.get((ns, name))
            if job is None:
                return self.reply(*status(404, "NotFound", 'jobs.batch "%s" not found' % name))
            if method == "GET":
                return self.reply(200, job)
            if method == "PATCH":
                if self.headers.get("Content-Type", "").split(";")[0] != "application/merge-patch+json":
                    return self.reply(*status(415, "UnsupportedMediaType", "use application/merge-patch+json"))
                patch = self.body()
                if (ns, name) in CONFLICT_NEXT:  # another writer got in between our client's GET and PATCH
                    CONFLICT_NEXT.discard((ns, name))
                    job["metadata"].setdefault("annotations", {})["touched-by"] = "someone-else"
                    bump("MODIFIED", job)
                wanted = patch.get("metadata", {}).get("resourceVersion")
                if wanted is not None and wanted != job["metadata"]["resourceVersion"]:
                    return self.reply(*status(409, "Conflict",
                                              'Operation cannot be fulfilled on jobs.batch "%s": the object has been '
                                              'modified; please apply your changes to the latest version and try again'
                                              % name))
                patch.get("metadata", {}).pop("resourceVersion", None)
                merged = merge(job, patch)
                merged["status"] = job["status"]
                apply_suspend(merged)
                JOBS[(ns, name)] = merged
                bump("MODIFIED", merged)
                return self.reply(200, merged)
            if method == "DELETE":
                options = self.body()
                policy = options.get("propagationPolicy") or query.get("propagationPolicy") or "Background"
                if policy not in ("Foreground", "Background", "Orphan"):
                    return self.reply(*status(400, "BadRequest", "unknown propagationPolicy " + policy))
                pre = options.get("preconditions") or {}
                for field in ("uid", "resourceVersion"):
                    if field in pre and pre[field] != job["metadata"][field]:
                        return self.reply(*status(409, "Conflict", "Precondition failed: %s in precondition: %s, %s in object meta: %s"
                                                  % (field.capitalize(), pre[field], field.capitalize(), job["metadata"][field])))
                del JOBS[(ns, name)]
                job["metadata"]["deletionTimestamp"] = now()
                bump("DELETED", job)
                return self.reply(200, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success",
                                        "details": {"name": name, "group": "batch", "kind": "jobs",
                                                    "uid": job["metadata"]["uid"]}, "propagationPolicy": policy})
        return self.reply(*status(405, "MethodNotAllowed", method))

    def watch(self, ns, query):
        since = int(query.get("resourceVersion") or REVISION[0])
        deadline = time.time() + float(query.get("timeoutSeconds") or 30)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        sent = since
        try:
            while time.time() < deadline:
                with LOCK:
                    pending = [(rv, t, o) for rv, t, o in EVENTS if rv > sent and o["metadata"].get("namespace") == ns
                               and matches(o, query.get("labelSelector"))]
                    if not pending:
                        LOCK.wait(timeout=max(0.0, min(0.5, deadline - time.time())))
                        continue
                for rv, kind, obj in pending:
                    line = (json.dumps({"type": kind, "object": obj}) + "\n").encode()
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
                    self.wfile.flush()
                    sent = rv
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PATCH(self):
        self.handle_any("PATCH")

    def do_DELETE(self):
        self.handle_any("DELETE")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A client that refuses our certificate hangs up mid-handshake: one line, not a traceback.
        print("k8s emulator: connection from %s ended: %s" % (client_address, sys.exc_info()[1]), file=sys.stderr)


def main():
    portfile, cert, key, token = sys.argv[1:5]
    Handler.token = token
    server = Server(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(portfile + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os
    os.replace(portfile + ".tmp", portfile)
    server.serve_forever()


if __name__ == "__main__":
    main()
