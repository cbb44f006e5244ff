using Diplomacy.Model.World;

namespace Diplomacy.Model.Utility;

/// <summary>
/// What one actor wants on one issue.
/// </summary>
/// <param name="Issue">The issue's id, for reports.</param>
/// <param name="Ideal">The actor's own position x.</param>
/// <param name="Salience">How much the issue matters (non-negative; weights are saliences normalised to sum 1).</param>
/// <param name="Range">The issue scale's width (positive), so V = 1 − |x − y| / range.</param>
/// <param name="RedLine">Positions the actor accepts at all, or null when any will do.</param>
public sealed record IssuePreference(string Issue, double Ideal, double Salience, double Range = Issue.Range, RedLine? RedLine = null);
