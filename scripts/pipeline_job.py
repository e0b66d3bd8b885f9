"""Run one of .gitlab-ci.yml's deploy jobs' commands on this machine, as its runner would run them.

    python scripts/pipeline_job.py deploy-production      (the job's variables come from the environment)

Used by `make deploy-check` (docker/ci/deploy-check.sh) so that the deploy and rollback it exercises are the
pipeline's own lines, not a copy: the job's `before_script` and `script` (`extends` resolved), each run with
`sh -ec` in the checkout, with the job's `variables` expanded from the environment. The one line skipped is the
job image's package install (`apk add`): this machine has those tools. First it prints the job as a dry run would
show it: its resource_group, environment and variables. Exit status: the first failing line's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def job(pipeline: dict[str, Any], name: str) -> dict[str, Any]:
    """The job with its `extends` merged (GitLab's rule: the job's own keys win, one level deep per key)."""
    spec = dict(pipeline[name])
    parents = spec.pop("extends", [])
    merged: dict[str, Any] = {}
    for parent in [parents] if isinstance(parents, str) else parents:
        merged.update(job(pipeline, parent))
    for key, value in spec.items():
        if key == "variables" and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("job")
    args = parser.parse_args()
    pipeline = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    spec = job(pipeline, args.job)
    env = dict(os.environ)
    for key, value in (spec.get("variables") or {}).items():
        env[key] = os.path.expandvars(str(value))
    env.update(CI_JOB_NAME=args.job, CI_ENVIRONMENT_NAME=str((spec.get("environment") or {}).get("name", "")))
    print(f"== job {args.job}: resource_group={spec.get('resource_group')} environment={env['CI_ENVIRONMENT_NAME']}")
    for key in spec.get("variables") or {}:
        print(f"   {key}={env[key]}")
    for line in [*spec.get("before_script", []), *spec.get("script", [])]:
        if line.startswith("apk add"):
            continue
        print(f"$ {line}", flush=True)
        done = subprocess.run(["sh", "-ec", line], cwd=ROOT, env=env, check=False)  # nosec B603,B607
        if done.returncode:
            print(f"== job {args.job} failed: exit {done.returncode}", flush=True)
            return done.returncode
    print(f"== job {args.job} passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
