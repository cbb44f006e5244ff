namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// MODELS.md §1 transcribed line by line, as the published replication computes it: the
/// all-pairs denominator is recomputed for every probability, so a round costs O(n⁵). Kept as
/// an independent oracle for the tests and as the benchmark's baseline; never used to forecast.
/// </summary>
internal static class DirectTranscription
{
    public static (double[] Positions, double[] Exponents) PlayRound(
        double[] capabilities, double[] saliences, double[] positions, double range, BdmVariant variant)
    {
        var n = positions.Length;
        var exponents = Enumerable.Repeat(1.0, n).ToArray();
        var dangers = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    dangers[i] += Eu(i, j, i);
                }
            }
        }

        var max = dangers.Max();
        var min = dangers.Min();
        var next = new double[n];
        for (var i = 0; i < n; i++)
        {
            next[i] = max == min ? 1.0 : Aversion((2 * dangers[i] - max - min) / (max - min));
        }

        exponents = next;
        var moved = (double[])positions.Clone();
        for (var i = 0; i < n; i++)
        {
            moved[i] = Choose(i);
        }

        return (moved, exponents);

        static double Aversion(double acceptance) => (1 - (acceptance / 3.0)) / (1 + (acceptance / 3.0));

        double Vote(int k, double a, double b) =>
            capabilities[k] * saliences[k]
            * (Math.Pow(Math.Abs(positions[k] - b) / range, exponents[k]) - Math.Pow(Math.Abs(positions[k] - a) / range, exponents[k]));

        double Probability(double a, double b)
        {
            if (a == b)
            {
                return 0;
            }

            double favour = 0, all = 0, against = 0;
            for (var k = 0; k < n; k++)
            {
                favour += Math.Max(0, Vote(k, a, b));
                against += Math.Max(0, Vote(k, b, a));
                for (var p = 0; p < n; p++)
                {
                    for (var q = 0; q < n; q++)
                    {
                        all += Math.Abs(Vote(k, positions[p], positions[q]));
                    }
                }
            }

            return variant == BdmVariant.Scholz ? favour / all : favour + against == 0 ? 0.5 : favour / (favour + against);
        }

        // Expected utility to `challenger` of challenging `target`, seen by `observer`.
        double Eu(int target, int challenger, int observer)
        {
            var r = exponents[observer];
            var distance = Math.Abs(positions[challenger] - positions[target]);
            var success = 2 - (4 * Math.Pow(0.5 - (0.5 * distance / range), r));
            var failure = 2 - (4 * Math.Pow(0.5 + (0.5 * distance / range), r));
            var p = Probability(positions[challenger], positions[target]);
            return (saliences[target] * ((p * success) + ((1 - p) * failure))) + ((1 - saliences[target]) * success) - (2 - (4 * Math.Pow(0.5, r)));
        }

        double Choose(int i)
        {
            var x = positions[i];
            (double Key, double Candidate)? confront = null, compromise = null, capitulate = null;
            for (var j = 0; j < n; j++)
            {
                if (positions[j] == x)
                {
                    continue;
                }

                var eij = Eu(j, i, i);
                var eji = Eu(i, j, i);
                var y = positions[j];
                if (eji > eij && eij > 0)
                {
                    confront = Better(confront, Math.Abs(x - y), y);
                }
                else if (eji > 0 && 0 > eij && eji > Math.Abs(eij))
                {
                    var key = ((Math.Abs(eij) * x) + (Math.Abs(eji) * y)) / (Math.Abs(eij) + Math.Abs(eji));
                    compromise = Better(compromise, key, x + ((y - x) * Math.Abs(eij / eji)));
                }
                else if (variant == BdmVariant.Paper && eji > 0 && 0 > eij && eji < Math.Abs(eij))
                {
                    capitulate = Better(capitulate, Math.Abs(x - y), y);
                }
            }

            return (confront ?? compromise ?? capitulate)?.Candidate ?? x;
        }

        static (double, double) Better((double Key, double Candidate)? best, double key, double candidate) =>
            best is { } b && b.Key <= key ? b : (key, candidate);
    }
}
