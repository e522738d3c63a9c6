"""The heap: objects the app keeps leave the collector's walks only when the app owns the process."""

import gc

from reader.app.heap import Heap


def test_a_heap_not_held_leaves_the_collector_alone():
    before = gc.get_freeze_count()
    heap = Heap()
    kept = [[n] for n in range(1000)]  # an analysis's worth of small objects
    heap.keep()
    assert gc.get_freeze_count() == before
    heap.release()
    assert gc.get_freeze_count() == before and kept


def test_a_held_heap_freezes_what_arrives_and_releases_it_at_the_end():
    heap = Heap()
    heap.hold()
    try:
        frozen_at_start = gc.get_freeze_count()
        assert frozen_at_start > 0
        kept = [[n] for n in range(1000)]
        heap.keep()
        assert gc.get_freeze_count() >= frozen_at_start + 1000 and kept
    finally:
        heap.release()
    assert gc.get_freeze_count() == 0
