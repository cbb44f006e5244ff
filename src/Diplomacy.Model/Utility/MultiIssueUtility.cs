namespace Diplomacy.Model.Utility;

/// <summary>
/// Linear-additive utility over several issues (MODELS.md §3):
/// U(terms) = Σ_k w_k (1 − |x_k − y_k| / range_k), with w the saliences normalised to sum 1
/// (equal weights when every salience is 0). An offer that crosses a red line has utility 0,
/// whatever it gives elsewhere, and the verdict names the first such line in issue order.
/// </summary>
public sealed class MultiIssueUtility
{
    private readonly IssuePreference[] _preferences;
    private readonly double[] _weights;

    public MultiIssueUtility(IReadOnlyList<IssuePreference> preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        if (preferences.Count == 0)
        {
            throw new ArgumentException("at least one issue is needed", nameof(preferences));
        }

        foreach (var preference in preferences)
        {
            if (!(preference.Salience >= 0) || !double.IsFinite(preference.Salience))
            {
                throw new ArgumentException($"{preference.Issue}: salience must be finite and non-negative", nameof(preferences));
            }

            if (!(preference.Range > 0) || !double.IsFinite(preference.Range))
            {
                throw new ArgumentException($"{preference.Issue}: range must be finite and positive", nameof(preferences));
            }
        }

        _preferences = [.. preferences];
        var total = _preferences.Sum(p => p.Salience);
        _weights = [.. _preferences.Select(p => total > 0 ? p.Salience / total : 1.0 / _preferences.Length)];
    }

    /// <summary>w_k: each issue's weight, summing to 1.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>V_k(y) = 1 − |x_k − y| / range_k (not clamped: a y off the scale scores below 0).</summary>
    public double IssueValue(int issue, double offered) =>
        1 - (Math.Abs(_preferences[issue].Ideal - offered) / _preferences[issue].Range);

    /// <summary>Values an offer given as one position per issue, in the preferences' order.</summary>
    public UtilityVerdict Evaluate(IReadOnlyList<double> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count != _preferences.Length)
        {
            throw new ArgumentException($"expected {_preferences.Length} terms, got {terms.Count}", nameof(terms));
        }

        for (var k = 0; k < _preferences.Length; k++)
        {
            if (_preferences[k].RedLine is { } line && !line.Allows(terms[k]))
            {
                return new UtilityVerdict(0, new RedLineBreach(k, _preferences[k].Issue, line, terms[k]));
            }
        }

        var utility = 0.0;
        for (var k = 0; k < _preferences.Length; k++)
        {
            utility += _weights[k] * IssueValue(k, terms[k]);
        }

        return new UtilityVerdict(utility, null);
    }
}
