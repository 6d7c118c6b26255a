"""Writes are atomic and leave nothing behind: a failed write removes its temporary, a killed one's temporary
is removed by the next start, and creating never follows or replaces what is there."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz import files


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_temporary(tmp_path):
    target = tmp_path / "model.json"
    target.write_text("old")

    def writer(handle):
        handle.write(b"half")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        files.write_atomically(target, writer)
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["model.json"]


def test_temporaries_are_named_with_the_writers_process(tmp_path):
    name = files.temporary_name(tmp_path / "a.xlsx").name
    match = files.TEMPORARY.match(name)
    assert match and int(match.group(1)) == os.getpid() and name.startswith(".a.xlsx.cnnviz-")


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_only_temporaries_of_gone_processes_are_stale(tmp_path):
    dead = tmp_path / f".a.xlsx.cnnviz-{_dead_pid()}-0123456789ab.tmp"
    alive = tmp_path / f".b.xlsx.cnnviz-{os.getpid()}-0123456789ab.tmp"
    user = tmp_path / ".notes.tmp"
    for path in (dead, alive, user):
        path.write_bytes(b"x")
    assert files.remove_stale_temporaries([tmp_path]) == [dead]
    assert alive.exists() and user.exists() and not dead.exists()


def test_a_killed_write_is_cleaned_at_the_next_start(tmp_path):
    """A process killed while writing leaves its temporary; the journal lets the next start find it."""
    env = dict(os.environ, CNNVIZ_STATE_DIR=str(tmp_path / "state"))
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1]) + os.pathsep + env.get("PYTHONPATH", "")
    script = ("import os, signal\nfrom cnnviz.files import write_atomically\n"
              f"write_atomically({str(tmp_path / 'out' / 'big.xlsx')!r}, "
              "lambda h: (h.write(b'x' * 1000), h.flush(), os.kill(os.getpid(), signal.SIGKILL)))\n")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, timeout=60)
    assert done.returncode == -9
    left = list((tmp_path / "out").iterdir())
    assert len(left) == 1 and files.TEMPORARY.match(left[0].name)
    clean = ("from cnnviz.files import clean_after_killed_runs\n"
             "print(len([p for p in clean_after_killed_runs() if p.name.startswith('.big')]))")
    done = subprocess.run([sys.executable, "-c", clean], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "1" and list((tmp_path / "out").iterdir()) == []


def test_create_atomically_never_replaces_or_follows(tmp_path):
    target = tmp_path / "victim"
    target.write_text("keep")
    link = tmp_path / "0001-circle.png"
    link.symlink_to(target)
    with pytest.raises(FileExistsError):
        files.create_atomically(link, b"png")
    dangling = tmp_path / "dangling.png"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        files.create_atomically(dangling, b"png")
    assert target.read_text() == "keep" and not (tmp_path / "nowhere").exists()
    made = files.create_atomically(tmp_path / "new.png", b"png")
    assert made.read_bytes() == b"png"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0001-circle.png", "dangling.png", "new.png", "victim"]


def test_write_atomically_replaces_a_symlink_instead_of_writing_through_it(tmp_path):
    target = tmp_path / "victim"
    target.write_text("keep")
    link = tmp_path / "scene.cnnscene"
    link.symlink_to(target)
    files.write_atomically(link, b"new")
    assert target.read_text() == "keep" and not link.is_symlink() and link.read_bytes() == b"new"
