"""user33 F7: a coherence peak inside the candidates is chosen."""
from __future__ import annotations

import pandas as pd

from corpus_tools.topics import choose_n_topics


def test_interior_peak_is_chosen():
    s = pd.DataFrame({"n_topics": [4, 6, 8, 10, 12], "coherence": [0.621, 0.688, 0.734, 0.666, 0.508],
                      "coherence_se": [0.172, 0.093, 0.072, 0.119, 0.145]})
    assert choose_n_topics(s) == 8


def test_best_at_the_fewest_topics_still_takes_the_one_se_rule():
    s = pd.DataFrame({"n_topics": [2, 3, 6, 12], "coherence": [0.915, 0.770, 0.864, 0.865],
                      "coherence_se": [0.068, 0.151, 0.025, 0.024]})
    assert choose_n_topics(s) == 12
