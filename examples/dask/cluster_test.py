#!/usr/bin/python3
"""Test driver for `npm run test:cluster`: runs embedsift_dask.run_job on a LocalCluster of two
worker processes and, with --kill, kills one worker process (SIGKILL) while its task is midway
through writing its part. Prints what happened as one JSON line on stdout; the checking is done
by test-cluster.mjs."""

import argparse
import json
import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import embedsift_dask  # noqa: E402


def kill_midway(out_dir, done, report):
    """Waits for a task's unfinished part to hold some output, then kills the worker process
    writing it (its pid is in the file name)."""
    tmp_dir = os.path.join(out_dir, ".tmp")
    while not done.is_set():
        for name in os.listdir(tmp_dir) if os.path.isdir(tmp_dir) else []:
            try:
                size = os.path.getsize(os.path.join(tmp_dir, name))
            except OSError:
                continue
            if size > 0:
                pid = int(name.split(".")[-2])
                os.kill(pid, signal.SIGKILL)
                report.update(killed_pid=pid, part=name.rsplit(".", 2)[0], bytes_written=size,
                              at=round(time.time() - report["started"], 3))
                return
        time.sleep(0.005)


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--node", default="node")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--kill", action="store_true")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    report = {"started": time.time()}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report["cluster_seconds"] = round(time.time() - report["started"], 3)
        report["started"] = time.time()
        done = threading.Event()
        killer = None
        if args.kill:
            os.makedirs(os.path.join(args.out, ".tmp"), exist_ok=True)
            killer = threading.Thread(target=kill_midway, args=(args.out, done, report), daemon=True)
            killer.start()
        summary = embedsift_dask.run_job(client, args.files, args.out, args.node, args.cli, ["--all-records"])
        done.set()
        if killer:
            killer.join()
        report["job_seconds"] = round(time.time() - report["started"], 3)
        report["worker_pids"] = sorted({r["worker_pid"] for r in summary["files"]})
    del report["started"]
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
