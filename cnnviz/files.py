"""File utilities shared by every layer: where shipped resources live, atomic writes, and why a file
operation failed in words a person can read. Plain Python, no NumPy or Qt."""
from __future__ import annotations

import errno
import os
import secrets
import stat
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


def write_atomically(path, content, *, default_suffix: str = "") -> Path:
    """Write a file through a temporary file beside it, then rename it over the target, so an
    interrupted write never leaves a broken file. ``content`` is the bytes, or ``write(binary_handle)``
    that writes them. A name without a suffix gets ``default_suffix``. Returns the path written."""
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
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    # Not tempfile.mkstemp: its files are private (0600). Mode 0666 lets the umask decide, as for any new file.
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:  # name the file the user chose, not the temporary one
        raise _cannot_write(path, exc.errno, errno_reason(exc.errno) if exc.strerror else as_message(exc)) from None
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
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        said = python_error_text(exc)
        if isinstance(exc, OSError) and not isinstance(str(exc), Message) and said.template == ERRNO:
            raise os_error(exc.errno, said.values["reason"]) from exc     # the same words, as a message
        raise
    return path
