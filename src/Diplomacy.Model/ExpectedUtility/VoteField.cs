using System.Numerics;
using System.Runtime.InteropServices;

namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// Every voter's distance to every held position, raised to the voter's own risk exponent, and
/// the votes built from them. Positions held by several actors are computed once: the
/// probability depends on the two positions only, never on who holds them.
/// </summary>
/// <remarks>
/// Each number is computed exactly as the replication computes it — the same operations in the
/// same order (votes summed voter by voter in input order) — whichever loop computes it, so the
/// per-actor step and the whole round agree to the last bit. RyuJIT does not fuse a·b + c, so
/// vector and scalar loops round alike.
/// </remarks>
internal sealed class VoteField
{
    private readonly double[] _weights;
    private readonly int[] _slots;
    private readonly double[] _values;

    // _distances[k * _values.Length + v] = (|x_k − value_v| / Δ)^{r_k}
    private readonly double[] _distances;
    private readonly int _parallelism;

    /// <summary>
    /// Rows shorter than this are summed by the scalar loop alone: Vector&lt;T&gt; code cannot be
    /// precompiled (its width is the machine's), so small tables would pay to compile it at start-up.
    /// </summary>
    private const int VectorFrom = 64;

    // Sorted summation only: voters in order of position, and per value v the running sums
    // _prefix[v * (n + 1) + t] = Σ_{i < t} c s d(voter i in that order, v).
    private readonly bool _inputOrder;
    private readonly double[] _sortedVoterPositions = [];
    private readonly double[] _prefix = [];

    /// <param name="exponents">Each voter's exponent, or null when every exponent is 1.</param>
    public VoteField(BdmSnapshot snapshot, IReadOnlyList<double>? exponents)
    {
        var positions = snapshot.Positions;
        _weights = snapshot.Weights.ToArray();
        _parallelism = Math.Max(1, snapshot.Options.MaxDegreeOfParallelism);
        _slots = new int[positions.Length];
        _values = DistinctValues(positions, _slots);
        var m = _values.Length;
        var range = snapshot.Range;
        var distances = new double[positions.Length * m];
        var positionsCopy = positions.ToArray();
        ForEach(positions.Length, k =>
        {
            var r = exponents?[k] ?? 1.0;
            for (var v = 0; v < m; v++)
            {
                distances[(k * m) + v] = Power(Math.Abs(positionsCopy[k] - _values[v]) / range, r);
            }
        });
        _distances = distances;
        _inputOrder = snapshot.Options.SumsInInputOrder(positions.Length);
        if (!_inputOrder)
        {
            (_sortedVoterPositions, _prefix) = PrefixSums(positionsCopy);
        }
    }

    /// <summary>Index of each actor's position among <see cref="Values"/>.</summary>
    public ReadOnlySpan<int> Slots => _slots;

    /// <summary>The distinct positions, in order of first appearance.</summary>
    public IReadOnlyList<double> Values => _values;

    public int ValueCount => _values.Length;

    /// <summary>
    /// The distinct positions in order of first appearance, filling in each actor's slot. A scan
    /// rather than a hash table: O(n m) is small beside a round's O(m² n), and a dictionary keyed
    /// by double is code the runtime must compile at start-up (ReadyToRun cannot hold it).
    /// </summary>
    private static double[] DistinctValues(ReadOnlySpan<double> positions, int[] slots)
    {
        var values = new double[positions.Length];
        var count = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            var slot = IndexOf(values.AsSpan(0, count), positions[i]);
            if (slot < 0)
            {
                slot = count;
                values[count++] = positions[i];
            }

            slots[i] = slot;
        }

        return values[..count];
    }

    /// <summary>Where <paramref name="value"/> first appears, or -1: a loop, where the generic span search would be compiled at start-up.</summary>
    public static int IndexOf(ReadOnlySpan<double> values, double value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>x^r, with r = 1 short-cut: pow(x, 1) is x exactly, so the result is the same.</summary>
    public static double Power(double x, double r) => r == 1.0 ? x : Math.Pow(x, r);

    /// <summary>
    /// Σ_k max(0, c_k s_k (d_k(b) − d_k(a))): the votes for position a over position b. In input
    /// order a serial O(n) sum; sorted, O(log n): the voters who prefer a are those nearer a than
    /// b, a run of the voters sorted by position, so the sum is a difference of running sums.
    /// </summary>
    public double VotesFor(int a, int b) => _inputOrder ? VotesForInInputOrder(a, b) : VotesForSorted(a, b);

    private double VotesForSorted(int a, int b)
    {
        var n = _weights.Length;
        var valueA = _values[a];
        var valueB = _values[b];
        var voters = _sortedVoterPositions;

        // Find the first sorted voter for whom "nearer a than b" changes from its value at the left end.
        var nearerAAtLeft = valueA < valueB;
        int low = 0, high = n;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var nearerA = Math.Abs(voters[middle] - valueA) < Math.Abs(voters[middle] - valueB);
            if (nearerA == nearerAAtLeft)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var rowA = a * (n + 1);
        var rowB = b * (n + 1);
        var votes = nearerAAtLeft
            ? _prefix[rowB + low] - _prefix[rowA + low]
            : (_prefix[rowB + n] - _prefix[rowB + low]) - (_prefix[rowA + n] - _prefix[rowA + low]);
        return Math.Max(0, votes);
    }

    private (double[] SortedPositions, double[] Prefix) PrefixSums(double[] positions)
    {
        var n = positions.Length;
        var m = _values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = (double[])positions.Clone();
        Array.Sort(keys, order);
        var prefix = new double[m * (n + 1)];
        ForEach(m, v =>
        {
            var row = v * (n + 1);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var k = order[i];
                sum += _weights[k] * _distances[(k * m) + v];
                prefix[row + i + 1] = sum;
            }
        });
        return (keys, prefix);
    }

    private double VotesForInInputOrder(int a, int b)
    {
        var m = _values.Length;
        var sum = 0.0;
        for (var k = 0; k < _weights.Length; k++)
        {
            var vote = _weights[k] * (_distances[(k * m) + b] - _distances[(k * m) + a]);
            if (vote > 0)
            {
                sum += vote;
            }
        }

        return sum;
    }

    /// <summary>
    /// <see cref="VotesFor"/> for every ordered pair of values, row a, column b. In input order
    /// O(m² n), in vectors along b and blocks of rows so a block stays in cache while the voters
    /// stream by; sorted, O(m² log n).
    /// </summary>
    public double[] VotesForAll()
    {
        const int BlockRows = 16;
        var m = _values.Length;
        if (!_inputOrder)
        {
            var sorted = new double[m * m];
            ForEach(m, a =>
            {
                for (var b = 0; b < m; b++)
                {
                    sorted[(a * m) + b] = a == b ? 0 : VotesForSorted(a, b);
                }
            });
            return sorted;
        }

        var n = _weights.Length;
        var votes = new double[m * m];
        var blocks = (m + BlockRows - 1) / BlockRows;
        ForEach(blocks, block =>
        {
            var first = block * BlockRows;
            var last = Math.Min(m, first + BlockRows);
            var all = votes.AsSpan();
            for (var k = 0; k < n; k++)
            {
                var row = _distances.AsSpan(k * m, m);
                var weight = _weights[k];
                for (var a = first; a < last; a++)
                {
                    AddPositiveVotes(all.Slice(a * m, m), row, weight, row[a]);
                }
            }
        });
        return votes;
    }

    /// <summary>
    /// Σ_k Σ_a' Σ_b' |c_k s_k (d_k(x_b') − d_k(x_a'))| over all ACTORS a', b' (Scholz's
    /// denominator). In input order it is a serial O(n³) sum; sorted, O(n² log n).
    /// </summary>
    public double AllPairsTotal() => _inputOrder ? AllPairsTotalInInputOrder() : AllPairsTotalSorted();

    private static void AddPositiveVotes(Span<double> target, ReadOnlySpan<double> row, double weight, double fromA)
    {
        var b = row.Length >= VectorFrom ? AddPositiveVotesInVectors(target, row, weight, fromA) : 0;
        for (; b < row.Length; b++)
        {
            var vote = weight * (row[b] - fromA);
            if (vote > 0)
            {
                target[b] += vote;
            }
        }
    }

    /// <summary>The whole vectors of <see cref="AddPositiveVotes"/>; returns how many values it did.</summary>
    private static int AddPositiveVotesInVectors(Span<double> target, ReadOnlySpan<double> row, double weight, double fromA)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return 0;
        }

        var weights = new Vector<double>(weight);
        var origin = new Vector<double>(fromA);
        var rowVectors = MemoryMarshal.Cast<double, Vector<double>>(row);
        var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
        for (var i = 0; i < rowVectors.Length; i++)
        {
            // max(0, v) adds +0 or −0 where the scalar loop adds nothing: the sum is unchanged.
            targetVectors[i] += Vector.Max(weights * (rowVectors[i] - origin), Vector<double>.Zero);
        }

        return rowVectors.Length * Vector<double>.Count;
    }

    private double AllPairsTotalInInputOrder()
    {
        var m = _values.Length;
        var n = _weights.Length;
        var total = 0.0;
        var own = new double[n];
        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                own[a] = _distances[(k * m) + _slots[a]];
            }

            var weight = _weights[k];
            for (var a = 0; a < n; a++)
            {
                var from = own[a];
                for (var b = 0; b < n; b++)
                {
                    total += Math.Abs(weight * (own[b] - from));
                }
            }
        }

        return total;
    }

    private double AllPairsTotalSorted()
    {
        var m = _values.Length;
        var n = _weights.Length;
        var perVoter = new double[n];
        ForEach(n, k =>
        {
            var sorted = new double[n];
            for (var a = 0; a < n; a++)
            {
                sorted[a] = _distances[(k * m) + _slots[a]];
            }

            Array.Sort(sorted);

            // Σ_{a,b} |y_b − y_a| = 2 Σ_i y_(i) (2i − n + 1) for sorted y, i from 0.
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += sorted[i] * ((2 * i) - n + 1);
            }

            perVoter[k] = _weights[k] * (2 * sum);
        });

        var total = 0.0;
        foreach (var voterTotal in perVoter)
        {
            total += voterTotal;
        }

        return total;
    }

    private void ForEach(int count, Action<int> body)
    {
        if (_parallelism == 1 || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        ForEachInParallel(count, body);
    }

    /// <summary>Apart from <see cref="ForEach"/> so that a serial run never loads the parallel library.</summary>
    private void ForEachInParallel(int count, Action<int> body) =>
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, body);
}
