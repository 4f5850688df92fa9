"""Take the network away from a query worker of the embedded store: a capability, not a
pattern, so no spelling of SERVICE can reach another server.

`no_network()` runs in the worker process after its pipe to the parent exists and
before the store opens, and applies what the platform allows:

- Linux, a network namespace of its own (unshare(CLONE_NEWNET); unprivileged, inside a
  new user namespace too): the worker sees only a loopback device that is down, so no
  address is reachable, 127.0.0.1 included. Sockets already open (the AF_UNIX pipe to
  the parent) keep working; a forkserver child inherits no socket of the web server.
- Linux x86-64 and aarch64, also a seccomp filter: socket() for any family but AF_UNIX
  fails with EACCES, and io_uring (which can open sockets without socket()) is refused.
  Installed with no_new_privs, so it holds even where namespaces are refused.
- Anywhere else: nothing; the caller logs a warning and /health says "none".

Workers of a remote store keep the network: they must reach it, and the remote path
never runs SERVICE itself (the text check applies; the remote server is the operator's).
"""

from __future__ import annotations

import ctypes
import errno
import logging
import platform
import struct
import subprocess
import sys
from functools import cache

log = logging.getLogger(__name__)
UNGUARDED = (
    "query workers run WITHOUT a network guard (no network namespace or seccomp on this "
    "platform): only the query text check keeps SERVICE from reaching other servers"
)
_warned: list[bool] = []
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
AF_UNIX = 1
# (audit arch, socket, io_uring_setup) per machine; x86-64 also refuses the x32 ABI.
ARCHES = {"x86_64": (0xC000003E, 41, 425), "aarch64": (0xC00000B7, 198, 425)}
X32_BIT = 0x40000000
RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000


def no_network() -> str:
    """Apply every guard this platform allows: "namespace+seccomp", "namespace",
    "seccomp" or "none". Call once, in the worker, while it is single-threaded."""
    applied = [
        name for name, guard in (("namespace", _namespace), ("seccomp", _seccomp)) if guard()
    ]
    return "+".join(applied) or "none"


def _namespace() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET):
        if _libc().unshare(flags) == 0:
            return True
    return False


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]  # struct sock_fprog


def _seccomp() -> bool:
    arch = ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arch is None:
        return False
    program = _filter(*arch)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _Filter(len(program) // 8, ctypes.addressof(buffer))
    libc = _libc()
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    installed = libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0)
    return bool(installed == 0)


def _filter(audit_arch: int, nr_socket: int, nr_io_uring: int) -> bytes:
    """Classic BPF over struct seccomp_data (nr at 0, arch at 4, args[0] low word at 16).
    A jump counts from the next instruction."""
    deny = RET_ERRNO | errno.EACCES
    ld, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, JMP|JEQ|K, JMP|JGE|K, RET|K
    code = [
        (ld, 0, 0, 4),  # 0: arch
        (jeq, 1, 0, audit_arch),  # 1: another ABI (i386 int 0x80)? refuse everything
        (ret, 0, 0, deny),  # 2
        (ld, 0, 0, 0),  # 3: syscall number
        (jge, 6, 0, X32_BIT),  # 4: the x32 ABI -> 11
        (jeq, 5, 0, nr_io_uring),  # 5: -> 11
        (jeq, 0, 3, nr_socket),  # 6: not socket() -> 10
        (ld, 0, 0, 16),  # 7: its family
        (jeq, 1, 0, AF_UNIX),  # 8: -> 10
        (ret, 0, 0, deny),  # 9
        (ret, 0, 0, RET_ALLOW),  # 10
        (ret, 0, 0, deny),  # 11
    ]
    return b"".join(struct.pack("=HBBI", *insn) for insn in code)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


@cache
def probe() -> str:
    """What `no_network()` achieves here, found in a throwaway process (the guards are
    one-way), for the start-up warning and /health before a worker has reported."""
    code = "from endpoint.engine.sandbox import no_network; print(no_network())"
    try:
        done = subprocess.run(  # noqa: S603 (our own interpreter and code, no input)
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return "none"
    return done.stdout.strip() or "none"


def report(guard: str) -> None:
    """Log the workers' guard: the warning for "none" once per process (at start-up from
    endpoint/serving, else when the first worker reports it)."""
    if guard != "none":
        log.info("query workers have no network: %s", guard)
    elif not _warned:
        _warned.append(True)
        log.warning(UNGUARDED)
