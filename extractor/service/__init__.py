"""The HTTP service: ``vn-extract serve`` (FastAPI on uvicorn)."""
