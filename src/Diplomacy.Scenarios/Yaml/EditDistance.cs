namespace Diplomacy.Scenarios.Yaml;

/// <summary>
/// Edit distance and the "did you mean" suggestion built on it, so that a misspelt key or
/// id is answered with the word the user most likely meant.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// The number of single-character insertions, deletions, substitutions or swaps of two
    /// neighbours turning <paramref name="a"/> into <paramref name="b"/> (ordinal; the "optimal
    /// string alignment" distance). Swaps count once because "qoute" is one slip, not two.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // Three rolling rows: the swap looks two rows back.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(previous[j - 1] + cost, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidate closest to <paramref name="word"/> when it is close enough to be a plausible
    /// typo (at most a third of the word's length, at least one edit), else null. Ties go to the
    /// earlier candidate so the suggestion is deterministic.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);

        var limit = Math.Max(1, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" when a near miss exists, else the empty string; ready to append to a message.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(word, candidates);
        return suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
    }
}
