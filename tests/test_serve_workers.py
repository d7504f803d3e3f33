"""``serve --workers N``: several server processes over one ledger, each with its own app from the factory."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from harmledger.web.app import SETTINGS_ENV, Settings, app_from_environment, settings_to_environment


def test_the_factory_builds_the_app_from_the_settings_it_was_given(tmp_path, monkeypatch):
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    settings_to_environment(Settings(db=str(tmp_path / "w.db"), token="t0ken", max_upload_bytes=1234))
    app = app_from_environment()
    try:
        assert app.state.settings == Settings(db=str(tmp_path / "w.db"), token="t0ken", max_upload_bytes=1234)
        assert app.state.ledger.url == f"sqlite:///{tmp_path}/w.db"
    finally:
        app.state.ledger.close()


def test_serve_with_two_workers_answers_on_the_address_it_prints(tmp_path):
    command = [sys.executable, "-m", "harmledger.cli", "serve", "--db", str(tmp_path / "w.db"), "--create", "--port", "0", "--workers", "2"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = server.stdout.readline()
        assert "2 workers" in line, line + server.stderr.read()
        base_url = line.split(" at ", 1)[1].split()[0]
        responses = [httpx.get(f"{base_url}/api/incidents", timeout=60) for _ in range(4)]
        assert [r.status_code for r in responses] == [200] * 4 and responses[0].json()["total"] == 0
    finally:
        server.terminate()
        server.wait(timeout=30)
