namespace Diplomacy.Model.Influence;

/// <summary>Dense Gaussian elimination with partial pivoting: enough for the tens of actors of a world.</summary>
internal static class LinearSystem
{
    private const double SingularPivot = 1e-12;

    /// <summary>Solves A x = b; null when A is singular (a pivot below 1e-12 after scaling).</summary>
    public static double[]? Solve(double[,] matrix, double[] rightHandSide)
    {
        var n = rightHandSide.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])rightHandSide.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, column]) < SingularPivot)
            {
                return null;
            }

            if (pivot != column)
            {
                for (var k = 0; k < n; k++)
                {
                    (a[pivot, k], a[column, k]) = (a[column, k], a[pivot, k]);
                }

                (b[pivot], b[column]) = (b[column], b[pivot]);
            }

            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / a[column, column];
                if (factor == 0)
                {
                    continue;
                }

                for (var k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}
