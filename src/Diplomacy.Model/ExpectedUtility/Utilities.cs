namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// U_s, U_f and U_sq of a challenge across <c>distance</c>, with the observer's exponent r.
/// Written operation for operation as the replication writes them, so that they round alike.
/// </summary>
internal readonly struct Utilities
{
    private readonly double _success;
    private readonly double _failure;
    private readonly double _statusQuo;

    public Utilities(double distance, double range, double exponent)
    {
        _success = 2 - (4 * VoteField.Power(0.5 - (0.5 * distance / range), exponent));
        _failure = 2 - (4 * VoteField.Power(0.5 + (0.5 * distance / range), exponent));
        _statusQuo = 2 - (4 * VoteField.Power(0.5, exponent));
    }

    /// <summary>EU = s_target [P U_s + (1 − P) U_f] + (1 − s_target) U_s − Q U_sq, with Q = 1.</summary>
    public double ExpectedUtility(double probability, double targetSalience) =>
        (targetSalience * ((probability * _success) + ((1 - probability) * _failure)))
        + ((1 - targetSalience) * _success)
        - _statusQuo;
}
