# The guestabi image: the web app (`guestabi serve`), the migrations
# (`guestabi db upgrade`) and the ingester (`guestabi mirror`). compose.yaml
# runs it three ways; every setting is an environment variable (README).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    GUESTABI_HOST=0.0.0.0 GUESTABI_PORT=8000 \
    GUESTABI_MIRROR_PATH=/data/mirror/linux.git

# git: the ingester clones and fetches the kernel mirror with it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin guestabi \
 && mkdir -p /data/mirror && chown -R guestabi:guestabi /data

WORKDIR /app
# Dependencies first (pinned by the lock file), so a code change reuses them.
COPY pyproject.toml requirements.lock README.md ./
RUN mkdir app ingest && touch app/__init__.py ingest/__init__.py \
 && pip install -c requirements.lock -e . \
 && rm -rf app ingest
# The code, its migrations, templates and static files (see .dockerignore).
COPY alembic.ini ./
COPY alembic ./alembic
COPY app ./app
COPY ingest ./ingest
COPY templates ./templates
COPY static ./static
RUN python -c "import app.main, ingest.cli" && guestabi --help >/dev/null

USER guestabi
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
CMD ["guestabi", "serve"]
