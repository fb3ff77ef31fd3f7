"""The fork server that training processes and own-model sandboxes come from imports nothing from the current folder.

Python 3.11 starts the server with `-c`, which puts the current folder first on its path: a
`torch.py` in the folder convviz was started from would have been imported in torch's place (seen:
the training server died on one). A fresh interpreter is the only place to see a server start, so
the test starts one, with a preload list of one module that exists only in that folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PARENT = textwrap.dedent(
    """
    import importlib.util, sys
    spec = importlib.util.spec_from_file_location("fork_server", {module!r})  # stdlib only: no torch to import
    fork_server = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fork_server)
    fork_server.PRELOAD = ("convviz_probe_in_the_folder",)
    if __name__ == "__main__":
        context = fork_server.process_context()
        child = context.Process(target=sys.exit, args=(0,))
        child.start()
        child.join(60)
        print("EXIT", child.exitcode, flush=True)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is used on Linux")
def test_the_fork_server_imports_nothing_from_the_current_folder(tmp_path):
    folder, scripts = tmp_path / "students-folder", tmp_path / "scripts"
    folder.mkdir()
    scripts.mkdir()
    (folder / "convviz_probe_in_the_folder.py").write_text('import sys\nsys.stderr.write("IMPORTED FROM THE FOLDER\\n")\n')
    parent = scripts / "parent.py"
    parent.write_text(PARENT.format(module=str(ROOT / "convviz" / "model" / "fork_server.py")))
    result = subprocess.run([sys.executable, str(parent)], capture_output=True, text=True, timeout=120, cwd=folder,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "EXIT 0" in result.stdout, result.stderr[-2000:]
    assert "IMPORTED FROM THE FOLDER" not in result.stderr
