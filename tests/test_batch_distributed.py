"""The distributed path (Dask bag, local processes) gives the same results as `run()`."""
from __future__ import annotations

import json

import pytest

from postcheck.batch import run
from postcheck.batch.distributed import check_partition


def _lines(dev_corpus, n=40):
    rows = [json.dumps({k: p[k] for k in ("id", "text", "profession", "audience", "platform")},
                       ensure_ascii=False) for p in dev_corpus[:n]]
    rows.insert(7, '{"id": "cut", "text": ')
    return rows


@pytest.mark.slow
def test_check_partition_matches_run(tmp_path, dev_corpus, checker):
    rows = _lines(dev_corpus)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(rows) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    run(str(src), str(out), jobs=1, checker=checker)
    expected = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    got = list(check_partition(rows))
    assert got == expected
    assert got[7]["error"]["code"] == "invalid_json"


@pytest.mark.slow
def test_dask_bag_in_local_processes(tmp_path, dev_corpus, checker):
    db = pytest.importorskip("dask.bag")
    import dask

    from postcheck.batch.distributed import check_bag

    rows = _lines(dev_corpus)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(rows) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    run(str(src), str(out), jobs=1, checker=checker)
    expected = [(r["id"], r["verdict"], r["findings"]) for r in
                (json.loads(line) for line in out.read_text("utf-8").splitlines())]
    bag = db.from_sequence(rows, npartitions=3)
    with dask.config.set(scheduler="processes", num_workers=2):
        got = check_bag(bag).compute()
    assert [(r["id"], r["verdict"], r["findings"]) for r in got] == expected


@pytest.mark.slow
def test_spark_style_pandas_batches(dev_corpus):
    pd = pytest.importorskip("pandas")
    from postcheck.batch.distributed import check_pandas_batches

    frame = pd.DataFrame([{k: p[k] for k in ("id", "text", "profession", "audience")}
                          for p in dev_corpus[:10]])
    out = list(check_pandas_batches(iter([frame.iloc[:4], frame.iloc[4:]])))
    assert sum(len(f) for f in out) == 10
    assert list(pd.concat(out)["id"]) == list(frame["id"])
    assert set(pd.concat(out)["verdict"]) <= {"ok", "review", "block"}
