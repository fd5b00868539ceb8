#!/usr/bin/python3
"""Find social-post embeds in web archives on a Dask cluster, one task per WARC file.

Each task runs `node embedsift --warc FILE` on a worker and writes the output to one JSONL part
per input file; the driver then writes summary.json. A task writes its part under a temporary
name and renames it when the run is complete, so a task that is retried (its worker died, the
machine went away) replaces its part instead of adding to it: every record arrives exactly once.

    /usr/bin/python3 examples/dask/embedsift_dask.py --out embeds/ crawl/*.warc.gz
    /usr/bin/python3 examples/dask/embedsift_dask.py --scheduler tcp://10.0.0.5:8786 \
        --cli /opt/embedsift/embedsift.mjs --out /shared/embeds/ /shared/crawl/*.warc.gz

Without --scheduler it starts a LocalCluster (--workers processes, one thread each) on this
machine. With --scheduler it joins a running cluster: input files, the output folder and the
embedsift script must then be at the same paths on every worker (a shared file system), and
`node` (>= 20.19) on every worker's PATH (or give --node).

Needs Debian's python3-distributed (`apt-get install python3-distributed`), run with
/usr/bin/python3.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid

# The summary line embedsift --warc prints last on stderr.
SUMMARY = re.compile(
    r"embedsift: (\d+) records read, (\d+) skipped, (\d+) failed, (\d+) embeds found"
)


def part_name(index, path):
    """The part file of input number `index`: part-00003-crawl-0003.warc.gz.jsonl."""
    return "part-%05d-%s.jsonl" % (index, os.path.basename(path))


def _die_with_parent():
    """Linux: the node process is killed when the worker process that started it dies, so a
    killed worker leaves no orphan still scanning (its task runs again elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def scan_file(index, path, out_dir, node, cli, extra_args):
    """One task: embedsift --warc on one file, its output renamed into place when complete.

    Status 0 and 1 (some records could not be read; they have error lines in the part) are
    success; 2 (the file cannot be read) and 3 (internal error) fail the task, which Dask
    retries elsewhere before reporting it."""
    final = os.path.join(out_dir, part_name(index, path))
    # Named by worker process and attempt: a retry never writes into a dead attempt's file.
    tmp = os.path.join(out_dir, ".tmp", "%s.%d.%s" % (os.path.basename(final), os.getpid(), uuid.uuid4().hex))
    started = time.time()
    with open(tmp, "wb") as out:
        run = subprocess.run(
            [node, cli, "--warc", *extra_args, path],
            stdout=out,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
        )
    stderr = run.stderr.decode("utf-8", "replace").strip().splitlines()
    if run.returncode not in (0, 1):
        os.unlink(tmp)
        raise RuntimeError("embedsift exited %d on %s: %s" % (run.returncode, path, " | ".join(stderr[-3:])))
    os.replace(tmp, final)  # atomic: a part is either absent or complete
    match = SUMMARY.search(stderr[-1]) if stderr else None
    counts = [int(n) for n in match.groups()] if match else [None] * 4
    return {
        "file": path,
        "part": os.path.basename(final),
        "status": run.returncode,
        "records": counts[0],
        "skipped": counts[1],
        "failed": counts[2],
        "embeds": counts[3],
        "seconds": round(time.time() - started, 3),
        "worker_pid": os.getpid(),
    }


def run_job(client, files, out_dir, node="node", cli="dist/cli.js", extra_args=(), retries=2):
    """Maps the files onto the cluster's workers, waits, and writes summary.json. Returns it."""
    os.makedirs(os.path.join(out_dir, ".tmp"), exist_ok=True)
    futures = client.map(
        scan_file,
        range(len(files)),
        files,
        out_dir=out_dir,
        node=node,
        cli=os.path.abspath(cli),
        extra_args=list(extra_args),
        retries=retries,  # task errors; a dead worker's task is rescheduled by the scheduler itself
        pure=False,
    )
    results = client.gather(futures)
    # Attempts whose worker died left their unfinished files behind; the parts are all in place.
    for leftover in os.listdir(os.path.join(out_dir, ".tmp")):
        os.unlink(os.path.join(out_dir, ".tmp", leftover))
    totals = {k: sum(r[k] or 0 for r in results) for k in ("records", "skipped", "failed", "embeds")}
    summary = {"files": results, "totals": totals, "parts": len(results)}
    with open(os.path.join(out_dir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    return summary


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="WARC, WARC.gz or WET files")
    parser.add_argument("--out", required=True, help="folder for the JSONL parts and summary.json")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--node", default="node", help="the node binary on the workers")
    parser.add_argument("--cli", default="dist/cli.js", help="embedsift's cli.js, or a bundled embedsift.mjs")
    parser.add_argument("--all-records", action="store_true", help="a line for every record (embedsift --all-records)")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    extra = ["--all-records"] if args.all_records else []
    files = [os.path.abspath(f) for f in args.files]
    if args.scheduler:
        with Client(args.scheduler) as client:
            summary = run_job(client, files, os.path.abspath(args.out), args.node, args.cli, extra)
    else:
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            summary = run_job(client, files, os.path.abspath(args.out), args.node, args.cli, extra)
    t = summary["totals"]
    print("%d files, %d records read, %d skipped, %d failed, %d embeds found"
          % (summary["parts"], t["records"], t["skipped"], t["failed"], t["embeds"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
