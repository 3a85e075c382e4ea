"""The deployment: compose.yaml's structure (no Docker engine here, so its
shape is what is tested), the image recipe, the lock file, `guestabi serve`'s
production settings, health and readiness, hashed static files, gzip,
request ids, security headers, and that nothing in the app writes."""
from __future__ import annotations

import gzip
import importlib.metadata as md
import json
import logging
import re
from pathlib import Path

import click
import pytest
import typer
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import text
from typer.testing import CliRunner

from app import static_files
from app.config import Settings
from app.db import make_engine, upgrade
from app.main import create_app
from app.middleware import JsonFormatter, REQUEST_ID
from ingest import pipeline
from ingest.cli import cli
from webworld import WEB_EXTRACTOR, build

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
SERVICES = COMPOSE["services"]


def readme_section(title: str) -> str:
    text_ = (ROOT / "README.md").read_text()
    m = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", text_, re.M | re.S)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


# --- compose.yaml ---------------------------------------------------------------

def test_compose_has_the_services_in_order():
    assert set(SERVICES) == {"db", "migrate", "web", "ingester"}
    assert SERVICES["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for svc in ("web", "ingester"):
        deps = SERVICES[svc]["depends_on"]
        assert deps["migrate"]["condition"] == "service_completed_successfully", svc
        assert deps["db"]["condition"] == "service_healthy", svc
    assert SERVICES["migrate"]["restart"] == "no"
    assert SERVICES["web"]["restart"] == SERVICES["ingester"]["restart"] == "unless-stopped"


def test_compose_healthchecks():
    db = SERVICES["db"]["healthcheck"]["test"]
    assert "pg_isready" in " ".join(db)
    web = " ".join(SERVICES["web"]["healthcheck"]["test"])
    assert "/healthz" in web and "127.0.0.1:8000" in web
    assert SERVICES["ingester"]["healthcheck"]["test"]


def test_compose_volumes_for_the_database_and_the_mirror():
    assert set(COMPOSE["volumes"]) == {"pgdata", "mirror"}
    assert "pgdata:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    env = SERVICES["ingester"]["environment"]
    mount = next(v for v in SERVICES["ingester"]["volumes"] if v.startswith("mirror:"))
    assert env["GUESTABI_MIRROR_PATH"].startswith(mount.split(":")[1] + "/")


def test_compose_runs_the_app_image_through_the_cli():
    for name in ("migrate", "web", "ingester"):
        svc = SERVICES[name]
        assert svc["build"] == "." and svc["image"].startswith("guestabi:"), name
        assert svc["environment"]["DATABASE_URL"].startswith("postgresql://"), name
        assert "@db:5432/" in svc["environment"]["DATABASE_URL"], name


def _cli_command(argv: list[str]):
    """The click command argv names in the project's CLI (fails if none)."""
    assert argv[0] == "guestabi", argv
    cmd = typer.main.get_command(cli)
    for word in argv[1:]:
        if word.startswith("-"):
            break
        found = cmd.get_command(click.Context(cmd), word) if hasattr(cmd, "get_command") else None
        assert found is not None, f"`{' '.join(argv)}`: no command {word!r} in the CLI"
        cmd = found
    return cmd


@pytest.mark.parametrize("service", ["migrate", "web", "ingester"])
def test_compose_commands_exist_in_the_cli(service):
    argv = SERVICES[service]["command"]
    cmd = _cli_command(argv)
    known = {o for p in cmd.params for o in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])}
    for word in argv[1:]:
        if word.startswith("--"):
            assert word.split("=")[0] in known, (service, word)


def _compose_env_names() -> set[str]:
    names = set()
    for svc in SERVICES.values():
        for k, v in (svc.get("environment") or {}).items():
            names.add(k)
            names.update(re.findall(r"\$\{([A-Z_]+)", str(v)))
    names.update(re.findall(r"\$\{([A-Z_]+)", (ROOT / "compose.yaml").read_text()))
    return names


def test_every_setting_is_an_environment_variable_in_the_readme():
    section = readme_section("Deployment")
    cli_env = {e for c in typer.main.get_command(cli).commands.values() for p in c.params
               for e in ([p.envvar] if isinstance(p.envvar, str) else (p.envvar or []))}
    for name in sorted(_compose_env_names() | cli_env | {"DATABASE_URL", "GUESTABI_BASE_URL"}):
        assert f"`{name}`" in section, f"{name} is not listed in the README's Deployment section"


def test_no_secrets_in_the_compose_file():
    raw = (ROOT / "compose.yaml").read_text()
    assert "${POSTGRES_PASSWORD:?" in raw  # required from the environment, no default
    assert not re.search(r"PASSWORD:\s+[^$\s]", raw)
    assert not re.search(r"postgresql://[^$]*:[^$@]+@", raw)


# --- the image and the lock file -----------------------------------------------------

def test_dockerfile_installs_from_the_lock_and_ships_what_the_app_reads():
    df = (ROOT / "Dockerfile").read_text()
    assert re.search(r"pip install -c requirements\.lock", df)
    for d in ("alembic", "app", "ingest", "templates", "static"):
        assert re.search(rf"^COPY {d} ", df, re.M), d
    assert re.search(r"^USER (?!root)", df, re.M), "the app runs as a user, not root"
    assert 'CMD ["guestabi", "serve"]' in df and "git" in df
    ignored = (ROOT / ".dockerignore").read_text().split()
    for must in (".git", ".venv", "*.db", ".env"):
        assert must in ignored


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not pinned: {line}"
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_lock_pins_every_dependency_and_make_setup_uses_it():
    from packaging.requirements import Requirement

    pins = _lock()
    deps = [Requirement(r) for r in md.requires("guestabi") or []]
    for req in deps:
        assert req.name.lower().replace("_", "-") in pins, f"{req.name} is not in requirements.lock"
    for name, version in pins.items():
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            continue  # a platform-only dependency
        assert installed == version, f"{name}: {installed} installed, {version} locked (make setup)"
    setup = (ROOT / "Makefile").read_text()
    assert "-c requirements.lock" in setup and "requirements.lock" in setup.split("$(STAMP):")[1].splitlines()[0]


# --- guestabi serve ---------------------------------------------------------------------

@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_serve_refuses_an_older_schema_and_does_not_migrate(runner, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: pytest.fail("served an old schema"))
    r = runner.invoke(cli, ["serve"])
    assert r.exit_code == 2
    assert "guestabi db upgrade" in r.output and "none" in r.output
    engine = make_engine(Settings(database_url=url))
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars().all()
    assert "alembic_version" not in tables  # serve checked, it did not upgrade
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0


def test_serve_an_unreachable_database_exits_2(runner, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: pytest.fail("served without a database"))
    r = runner.invoke(cli, ["serve"])
    assert r.exit_code == 2 and "error: database postgresql://nobody@127.0.0.1:9/none" in r.output


def test_serve_production_settings_from_options_and_environment(runner, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'g.db'}"
    upgrade(make_engine(Settings(database_url=url)))
    seen = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("GUESTABI_WORKERS", "4")
    monkeypatch.setenv("GUESTABI_ROOT_PATH", "/guestabi")
    monkeypatch.setenv("GUESTABI_FORWARDED_ALLOW_IPS", "10.0.0.1")
    r = runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8080"])
    assert r.exit_code == 0, r.output
    assert seen["app"] == "app.main:from_env" and seen["factory"] is True
    assert (seen["host"], seen["port"], seen["workers"]) == ("0.0.0.0", 8080, 4)
    assert seen["proxy_headers"] is True and seen["forwarded_allow_ips"] == "10.0.0.1"
    assert seen["root_path"] == "/guestabi" and seen["access_log"] is False
    assert seen["log_config"]["formatters"]["json"]["()"] is JsonFormatter


# --- the app's production behaviour ------------------------------------------------------

@pytest.fixture
def client(history, engine, db_url):
    build(history)
    pipeline.ingest(history.repo.workdir, engine, extractors=(WEB_EXTRACTOR,))
    return TestClient(create_app(Settings(database_url=db_url), engine), follow_redirects=False)


def test_healthz_and_readyz(client):
    assert client.get("/healthz").text == "ok\n"
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["ok"] is True and r.json()["schema"] == r.json()["expected"]
    assert client.head("/readyz").status_code == 200


def test_readyz_503_on_an_older_schema_and_an_unreachable_database(tmp_path):
    fresh = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    r = TestClient(create_app(Settings(), fresh)).get("/readyz")
    assert r.status_code == 503 and r.json()["schema"] is None and "guestabi db upgrade" in r.json()["hint"]
    assert r.headers["retry-after"]
    gone = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}"))
    c = TestClient(create_app(Settings(), gone))
    r = c.get("/readyz")
    assert r.status_code == 503 and r.json()["database"] == "unreachable"
    assert c.get("/healthz").status_code == 200  # the process is up all the same
    assert c.get("/api/v1/breaks").status_code == 503  # pages: 503, not 500


def test_static_files_have_hashed_names_and_long_cache(client):
    page = client.get("/").text
    links = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert {re.sub(r"\.[0-9a-f]{10}\.", ".", u) for u in links} >= {"/static/app.css", "/static/htmx.min.js"}
    for url in links:
        assert re.search(r"\.[0-9a-f]{10}\.[a-z]+$", url), url
        r = client.get(url)
        assert r.status_code == 200 and r.headers["cache-control"] == static_files.IMMUTABLE, url
    plain = client.get("/static/app.css")
    assert plain.status_code == 200 and plain.headers["cache-control"] == "no-cache"
    stale = client.get("/static/app.0123456789.css")  # an older page's link: served, revalidated
    assert stale.status_code == 200 and stale.headers["cache-control"] == "no-cache"
    assert client.get("/static/nothing.0123456789.css").status_code == 404
    assert client.get("/static/../app/db.py").status_code == 404


def test_a_new_file_content_gets_a_new_name(tmp_path):
    (tmp_path / "x.css").write_text("a{}")
    first = static_files.static_url("x.css", tmp_path)
    (tmp_path / "x.css").write_text("b{}")
    second = static_files.static_url("x.css", tmp_path)
    assert first != second and first.startswith("/static/x.") and first.endswith(".css")
    assert static_files.unhashed(second.removeprefix("/static/")) == ("x.css", second.split(".")[1])


def test_gzip_for_clients_that_ask(client):
    r = client.get("/api/v1/items", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and "accept-encoding" in r.headers["vary"].lower()
    raw = client.get("/api/v1/items", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert len(gzip.compress(raw.content)) < len(raw.content)


def test_request_ids_on_responses_and_in_json_logs(client, caplog):
    caplog.set_level(logging.INFO, logger="guestabi.access")
    r = client.get("/breaks", headers={"X-Request-ID": "trace-42"})
    assert r.headers["x-request-id"] == "trace-42"
    odd = client.get("/breaks", headers={"X-Request-ID": "a b\tc" * 50})  # not a token: replaced
    assert re.fullmatch(r"[0-9a-f]{32}", odd.headers["x-request-id"])
    assert client.get("/nowhere").headers["x-request-id"]
    rec = next(r for r in caplog.records if r.name == "guestabi.access" and r.fields["path"] == "/breaks")
    line = json.loads(JsonFormatter().format(rec))
    assert line["msg"] == "request" and line["status"] == 200 and line["method"] == "GET" and line["ms"] >= 0
    token = REQUEST_ID.set("trace-42")
    try:
        line = json.loads(JsonFormatter().format(logging.makeLogRecord({"msg": "x", "levelname": "INFO"})))
    finally:
        REQUEST_ID.reset(token)
    assert line["request_id"] == "trace-42"


def test_security_headers_on_every_kind_of_response(client):
    for url in ("/", "/api/v1/breaks", "/breaks.txt", "/nowhere", "/api/v1/nowhere", "/healthz",
                "/static/app.css", "/commits/zzz"):
        h = client.get(url).headers
        assert "frame-ancestors 'none'" in h["content-security-policy"], url
        assert h["x-content-type-options"] == "nosniff", url
        assert h["referrer-policy"] == "same-origin", url
        assert h["x-frame-options"] == "DENY", url


def test_no_write_endpoint(client):
    app = client.app
    for route in app.routes:
        methods = getattr(route, "methods", None) or {"GET", "HEAD"}  # a mount: static files
        assert methods <= {"GET", "HEAD"}, (route.path, methods)
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for url in ("/", "/breaks", "/api/v1/breaks", "/api/v1/items/x", "/static/app.css", "/readyz"):
            assert client.request(method, url).status_code == 405, (method, url)
