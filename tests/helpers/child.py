"""Child process for crash tests: does real vault work and can die at a named point.

Usage: python -m tests.helpers.child <command> <vault dir> [args...]
Passphrase comes on stdin.  Prints one line per acknowledged commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mpi_desktop.storage import backup, faults, rekey
from mpi_desktop.storage.vault import Vault


def main() -> None:
    command, folder = sys.argv[1], Path(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.unlock(folder, passphrase)
    if command == "writer":
        with vault.write() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS acked (n INTEGER PRIMARY KEY, pad TEXT)")
            # A row may be committed but its acknowledgement lost in the kill:
            # continue after what is in the vault, not after what was printed.
            n = max(int(sys.argv[3]),
                    conn.execute("SELECT coalesce(max(n), -1) + 1 FROM acked").fetchone()[0])
        while True:
            with vault.write() as conn:
                conn.execute("INSERT INTO acked VALUES (?, ?)", (n, "x" * 700))
            print(n, flush=True)  # acknowledged only after COMMIT returned
            n += 1
    elif command == "rekey-crash":
        faults.arm(sys.argv[3])
        rekey.rekey(vault, passphrase)
        print("completed", flush=True)
    elif command == "backup-crash":
        faults.arm(sys.argv[4])
        backup.create_backup(vault, Path(sys.argv[3]))
        print("completed", flush=True)
    elif command == "backup-limited":
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of dying
        limit = int(sys.argv[4])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            backup.create_backup(vault, Path(sys.argv[3]))
        except Exception as exc:
            print(type(exc).__name__, flush=True)
            sys.exit(7)
        print("completed", flush=True)
    vault.lock()


if __name__ == "__main__":
    main()
