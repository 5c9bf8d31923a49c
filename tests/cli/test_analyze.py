"""The CLI as a user runs it: a real subprocess, real files, exit codes and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def test_analyze_one_file_prints_one_json_document() -> None:
    res = run("analyze", str(EXAMPLE))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["schema_version"] == "1"
    assert len(doc["sentences"]) == 11


def test_analyze_several_prints_jsonl_in_order_and_skips_bad(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("قال الوزير إن الوضع مستقر.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run("analyze", str(EXAMPLE), str(empty), str(other))
    assert res.returncode == 1
    lines = res.stdout.decode().splitlines()
    assert [json.loads(x)["meta"]["path"] for x in lines] == [str(EXAMPLE), str(other)]
    assert res.stderr.decode().startswith("Error: [M002]")


def test_analyze_stdin_table() -> None:
    res = run("analyze", "-", "--format", "table", stdin=EXAMPLE.read_bytes())
    assert res.returncode == 0
    out = res.stdout.decode()
    assert "11 sentences" in out and "Quotes" in out and "Events" in out


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "M002"),
        ("binary.bin", bytes(range(256)) * 64, "M003"),
        ("bad.txt", "قال الوزير".encode() + b"\xd8\xd8\xff" + "إن".encode(), "M004"),
        ("huge.txt", None, "M007"),
        ("dir", None, "M005"),
    ],
)
def test_analyze_bad_input_is_one_line_error(
    tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    path = tmp_path / name
    if name == "dir":
        path.mkdir()
    elif name == "huge.txt":
        with path.open("wb") as f:
            f.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    else:
        assert content is not None
        path.write_bytes(content)
    res = run("analyze", str(path))
    assert res.returncode == 1
    err = res.stderr.decode().strip()
    assert err.startswith(f"Error: [{code}]")
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_bad_arguments_exit_2() -> None:
    res = run("analyze", str(EXAMPLE), "--format", "xml")
    assert res.returncode == 2
    assert res.stderr.decode().startswith("Error: [M009]")
    assert run("analyze").returncode == 2
    assert run("no-such-command").returncode == 2


def test_analyze_html_page_reads_its_main_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>محادثات</title></head><body>"
        "<nav>الرئيسية | أخبار | رياضة</nav><article><p>قال وزير الخارجية عادل الجبير إن "
        "المحادثات مع الجانب الإيراني لم تحقق أي تقدم حتى الآن.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    res = run("analyze", str(page))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert "<" not in doc["text"] and doc["text"].startswith("قال وزير الخارجية")
    assert [q["speaker"]["text"] for q in doc["quotes"]] == ["عادل الجبير"]
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    res = run("analyze", str(empty))
    assert res.returncode == 1 and res.stderr.decode().startswith("Error: [M047]")
