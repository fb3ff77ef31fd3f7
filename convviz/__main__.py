"""`python -m convviz` opens the desktop app."""

from convviz.app.main import main

if __name__ == "__main__":
    raise SystemExit(main())
