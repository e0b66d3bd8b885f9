"""HTTP: the Flask app factory, request hooks, admission, security, the API, Gunicorn."""
