"""Nothing heavy at import time: `postcheck --help` must not load spaCy or Presidio."""
import subprocess
import sys

from .conftest import ROOT


def test_cli_import_loads_no_model():
    code = ("import sys, postcheck, postcheck.cli; "
            "heavy = [m for m in ('spacy', 'presidio_analyzer', 'thinc') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


def test_help_runs_without_loading_the_model():
    out = subprocess.run([sys.executable, "-m", "postcheck", "--help"], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0 and "postcheck" in out.stdout
