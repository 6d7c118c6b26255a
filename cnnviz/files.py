"""File utilities shared by every layer: where shipped resources live, atomic writes, and why a file
operation failed in words a person can read. Plain Python, no NumPy or Qt."""
from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


def resource_dir(name: str) -> Path:
    """A folder of shipped resources: resources/NAME in a checkout, cnnviz/resources/NAME when installed."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "resources" / name, package / "resources" / name):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources" / name


def error_reason(exc: BaseException) -> str:
    """Why reading or writing a file failed, for a person: "Permission denied", not Python's
    "[Errno 13] Permission denied: '/x.png'" (the message around it names the file). An error raised
    from an OSError (``raise ... from exc``) gives that OSError's reason; any other error its own text."""
    for error in (exc, exc.__cause__):
        if isinstance(error, OSError) and error.errno:
            return os.strerror(error.errno)
    return str(exc)


def write_atomically(path, content, *, default_suffix: str = "") -> Path:
    """Write a file through a temporary file beside it, then rename it over the target, so an
    interrupted write never leaves a broken file. ``content`` is the bytes, or ``write(binary_handle)``
    that writes them. A name without a suffix gets ``default_suffix``. Returns the path written."""
    path = Path(path)
    if default_suffix and path.suffix == "" and path.name and not path.is_dir():
        path = path.with_suffix(default_suffix)
    if not path.name or path.is_dir():
        raise IsADirectoryError(f"cannot write '{path}': it is a directory, not a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file stands where a folder of the path should be: not "File exists"
        raise NotADirectoryError(errno.ENOTDIR, f"cannot write '{path}': {os.strerror(errno.ENOTDIR)}") from None
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write '{path}': {exc.strerror or exc}") from None
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    # Not tempfile.mkstemp: its files are private (0600). Mode 0666 lets the umask decide, as for any new file.
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:  # name the file the user chose, not the temporary one
        raise OSError(exc.errno, f"cannot write '{path}': {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if path.exists():  # overwriting keeps the file's permissions
                os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
