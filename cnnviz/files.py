"""File utilities shared by every layer: where shipped resources live, atomic writes, and why a file
operation failed in words a person can read. Plain Python, no NumPy or Qt."""
from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

from .messages import ERRNO, TEXT, Message, as_message, message, os_error, template

# Why a file operation failed, by errno: the system's words (os.strerror on Linux), as message ids that the
# interface translates (a reason not listed here is shown as the system says it)
REASONS = {errno.EACCES: template("Permission denied"), errno.EPERM: template("Operation not permitted"),
           errno.ENOENT: template("No such file or directory"), errno.EISDIR: template("Is a directory"),
           errno.ENOTDIR: template("Not a directory"), errno.EEXIST: template("File exists"),
           errno.ENOSPC: template("No space left on device"), errno.EROFS: template("Read-only file system"),
           errno.EDQUOT: template("Disk quota exceeded"), errno.ENAMETOOLONG: template("File name too long"),
           errno.EIO: template("Input/output error")}
ERRNO_FILE = template("[Errno {number}] {reason}: {file}")
CANNOT_WRITE = template("cannot write '{file}': {reason}")
A_DIRECTORY = template("it is a directory, not a file name")
# Python's own words when a file is not in the text encoding it was read with (as UnicodeDecodeError says them)
CANNOT_DECODE_BYTE = template("'{codec}' codec can't decode byte {byte} in position {position}: {reason}")
CANNOT_DECODE_BYTES = template("'{codec}' codec can't decode bytes in position {start}-{end}: {reason}")
DECODE_REASONS = {text: template(text) for text in ("invalid start byte", "invalid continuation byte",
                                                     "unexpected end of data")}


def resource_dir(name: str) -> Path:
    """A folder of shipped resources: resources/NAME in a checkout, cnnviz/resources/NAME when installed."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "resources" / name, package / "resources" / name):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources" / name


def errno_reason(number: int) -> Message:
    """The system's reason for an errno ("Permission denied"), as a message."""
    said = REASONS.get(number)
    return message(said) if said else message(TEXT, text=os.strerror(number))


def error_reason(exc: BaseException) -> Message:
    """Why reading or writing a file failed, for a person: "Permission denied", not Python's
    "[Errno 13] Permission denied: '/x.png'" (the message around it names the file). An error raised
    from an OSError (``raise ... from exc``) gives that OSError's reason; any other error its own text."""
    for error in (exc, exc.__cause__):
        if isinstance(error, OSError) and error.errno:
            return errno_reason(error.errno)
    return python_error_text(exc)


def python_error_text(exc: BaseException) -> Message:
    """``str(exc)`` as a message: Python's own text of an OSError or a UnicodeDecodeError rebuilt from
    its parts (so the reason can be translated), a message an error carries, else the text as it is."""
    if isinstance(exc, OSError) and exc.errno and exc.strerror and not exc.filename2:
        reason = errno_reason(exc.errno)
        if reason != exc.strerror:
            return as_message(exc)
        if exc.filename is None:
            return message(ERRNO, number=exc.errno, reason=reason)
        return message(ERRNO_FILE, number=exc.errno, reason=reason, file=repr(exc.filename))
    if isinstance(exc, UnicodeDecodeError) and exc.reason in DECODE_REASONS:
        reason = message(DECODE_REASONS[exc.reason])
        if exc.end == exc.start + 1:
            said = message(CANNOT_DECODE_BYTE, codec=exc.encoding, byte=f"0x{exc.object[exc.start]:02x}",
                           position=exc.start, reason=reason)
        else:
            said = message(CANNOT_DECODE_BYTES, codec=exc.encoding, start=exc.start, end=exc.end - 1, reason=reason)
        return said if said == str(exc) else as_message(exc)
    return as_message(exc)


def _cannot_write(path: Path, number: int, reason) -> OSError:
    """The OSError for ``number`` saying "[Errno N] cannot write 'PATH': REASON"."""
    return os_error(number, message(CANNOT_WRITE, file=path, reason=reason))


# Temporary files: ".<target name>.cnnviz-<pid>-<random>.tmp" beside the target. The process id lets a later
# start tell a temporary left by a killed run (its process is gone) from one being written right now.
TEMPORARY = re.compile(r"^\..+\.cnnviz-(\d+)-[0-9a-f]{12}\.tmp$")
LEGACY_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$")       # before the process id was in the name
LEGACY_AGE_SECONDS = 24 * 3600


def temporary_name(path: Path) -> Path:
    return path.parent / f".{path.name}.cnnviz-{os.getpid()}-{secrets.token_hex(6)}.tmp"


def _target(path, default_suffix: str) -> Path:
    path = Path(path)
    if default_suffix and path.suffix == "" and path.name and not path.is_dir():
        path = path.with_suffix(default_suffix)
    if not path.name or path.is_dir():
        raise IsADirectoryError(message(CANNOT_WRITE, file=path, reason=message(A_DIRECTORY)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file stands where a folder of the path should be: not "File exists"
        raise _cannot_write(path, errno.ENOTDIR, errno_reason(errno.ENOTDIR)) from None
    except OSError as exc:
        raise _cannot_write(path, exc.errno, errno_reason(exc.errno) if exc.strerror else as_message(exc)) from None
    return path


def writable_target(path, default_suffix: str = "") -> Path:
    """The file ``path`` names (``default_suffix`` added when it has none), its folder made; IsADirectoryError or
    an OSError saying "cannot write 'PATH': REASON" when it cannot be written there. A long job (training) asks
    this first, so an unusable target is refused before the work, not after it."""
    return _target(path, default_suffix)


def journal_path() -> Path:
    """The list of folders cnnviz has written temporaries into, so a later start can clean up after a kill:
    $CNNVIZ_STATE_DIR, else $XDG_STATE_HOME/cnnviz, else ~/.local/state/cnnviz, then written-folders.txt."""
    base = os.environ.get("CNNVIZ_STATE_DIR") or \
        os.path.join(os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state"),
                     "cnnviz")
    return Path(base) / "written-folders.txt"


JOURNAL_SIZE = 200              # folders remembered, the most recent ones
_journaled: set[str] = set()


def _journal(folder: Path) -> None:
    """Note ``folder`` in the journal once per process (best effort: a journal that cannot be written is
    no reason to fail a save)."""
    key = os.path.abspath(folder)
    if key in _journaled:
        return
    _journaled.add(key)
    journal = journal_path()
    try:
        known = set(journal.read_text(encoding="utf-8", errors="replace").splitlines()) if journal.is_file() else set()
        if key not in known and "\n" not in key:
            journal.parent.mkdir(parents=True, exist_ok=True)
            with open(journal, "a", encoding="utf-8", errors="surrogateescape") as handle:
                handle.write(key + "\n")
    except OSError:
        pass


def journaled_folders() -> list[Path]:
    """The folders of the journal, most recent last."""
    try:
        lines = journal_path().read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return []
    return [Path(line) for line in dict.fromkeys(lines) if line.startswith(os.sep)]


def clean_after_killed_runs() -> list[Path]:
    """At start: remove the temporaries that killed runs left in the journaled folders and the scratch
    folders they left in the system's temporary folder; keep the journal to its most recent folders."""
    folders = journaled_folders()
    removed = remove_stale_temporaries(folders)
    removed += remove_stale_scratch_folders()
    if len(folders) > JOURNAL_SIZE:
        try:
            write_atomically(journal_path(), "".join(f"{f}\n" for f in folders[-JOURNAL_SIZE:]).encode("utf-8",
                                                                                                      "surrogateescape"))
        except OSError:
            pass
    return removed


SCRATCH = re.compile(r"^cnnviz-(\d+)-[a-z0-9_]+$")


def scratch_prefix() -> str:
    """The prefix of a private scratch folder (``tempfile.TemporaryDirectory(prefix=...)``) of this process."""
    return f"cnnviz-{os.getpid()}-"


def remove_stale_scratch_folders() -> list[Path]:
    import shutil
    import tempfile
    removed = []
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return removed
    for entry in entries:
        match = SCRATCH.match(entry.name)
        try:
            if match and entry.is_dir(follow_symlinks=False) and not _process_alive(int(match.group(1))):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _write_temporary(path: Path, content, mode_from: Path | None) -> Path:
    """Write ``content`` into a new temporary file beside ``path``, flushed to disk; the caller moves it."""
    _journal(path.parent)
    tmp = temporary_name(path)
    # Not tempfile.mkstemp: its files are private (0600). Mode 0666 lets the umask decide, as for any new file.
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:  # name the file the user chose, not the temporary one
        raise _cannot_write(path, exc.errno, errno_reason(exc.errno) if exc.strerror else as_message(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode_from is not None and mode_from.is_file():  # overwriting keeps the file's permissions
                os.chmod(tmp, stat.S_IMODE(mode_from.stat().st_mode))
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_atomically(path, content, *, default_suffix: str = "") -> Path:
    """Write a file through a temporary file beside it, then rename it over the target, so an
    interrupted write never leaves a broken file. ``content`` is the bytes, or ``write(binary_handle)``
    that writes them. A name without a suffix gets ``default_suffix``. Returns the path written.
    The rename replaces a symbolic link at ``path`` itself; it never writes through it. A failed
    write removes its temporary file; one left by a killed process is removed by
    ``remove_stale_temporaries`` (the app does so at start)."""
    path = _target(path, default_suffix)
    try:
        tmp = _write_temporary(path, content, path)      # removes itself if writing fails (a full disk)
        try:
            os.replace(tmp, path)
        except BaseException:
            _remove(tmp)
            raise
    except BaseException as exc:
        said = python_error_text(exc)
        if isinstance(exc, OSError) and not isinstance(str(exc), Message) and said.template == ERRNO:
            raise os_error(exc.errno, said.values["reason"]) from exc     # the same words, as a message
        raise
    return path


def create_atomically(path, content) -> Path:
    """Like write_atomically, but only ever creates: if anything (a file, a folder, a symbolic link, even a
    dangling one) already has that name, raises FileExistsError and leaves it untouched."""
    path = _target(path, "")
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    tmp = _write_temporary(path, content, None)
    try:
        try:
            os.link(tmp, path)                  # atomic, and fails if the name was taken meanwhile
        except FileExistsError:
            raise
        except OSError:                         # a file system without hard links: create exclusively, copy
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
            with os.fdopen(fd, "wb") as handle, open(tmp, "rb") as source:
                handle.write(source.read())
    finally:
        _remove(tmp)
    return path


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True             # another user's process, or cannot tell: keep its file
    return True


def stale_temporaries(folder) -> list[Path]:
    """Temporary files of cnnviz's own naming in ``folder`` whose writer is gone (killed mid-save)."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    now = time.time()
    for entry in entries:
        match = TEMPORARY.match(entry.name)
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if match:
                if not _process_alive(int(match.group(1))):
                    found.append(Path(entry.path))
            elif LEGACY_TEMPORARY.match(entry.name) and now - entry.stat().st_mtime > LEGACY_AGE_SECONDS:
                found.append(Path(entry.path))
        except OSError:
            continue
    return found


def remove_stale_temporaries(folders) -> list[Path]:
    """Remove the stale temporaries (see stale_temporaries) in each folder; returns what was removed."""
    removed = []
    for folder in folders:
        for path in stale_temporaries(folder):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed
