using Diplomacy.Model.Influence;

namespace Diplomacy.Model.Tests.Influence;

public sealed class LinearSystemTests
{
    [Fact]
    public void A_zero_first_pivot_is_swapped_for_the_largest_below_it()
    {
        double[,] matrix = { { 0, 2, 1 }, { 1, 1, 0 }, { 4, 0, 1 } };

        var x = LinearSystem.Solve(matrix, [6, 3, 6])!;

        Assert.Equal([1.0, 2, 2], x.Select(v => Math.Round(v, 12)));
        Assert.Equal(0, matrix[0, 0]); // the caller's matrix is left as it was
    }

    [Fact]
    public void A_singular_system_has_no_solution()
    {
        Assert.Null(LinearSystem.Solve(new double[,] { { 1, 2 }, { 2, 4 } }, [1, 2]));
        Assert.Null(LinearSystem.Solve(new double[,] { { 1e-13, 0 }, { 0, 1 } }, [1, 1]));
    }

    [Fact]
    public void A_tiny_but_regular_pivot_is_kept()
    {
        var x = LinearSystem.Solve(new double[,] { { 1e-11, 0 }, { 0, 1 } }, [1e-11, 5])!;

        Assert.Equal([1.0, 5], x.Select(v => Math.Round(v, 9)));
    }
}
