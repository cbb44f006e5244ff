using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;

namespace Diplomacy.Runtime.Running;

/// <summary>A run played in a classroom: stepped by the teacher, every actor answered by the student seated at it, if any.</summary>
public static class ClassroomPlan
{
    /// <summary>
    /// <paramref name="plan"/> as room <paramref name="room"/> plays it: stepped, and every actor's
    /// answers put to the student at its seat (the model answers for an empty seat, so a room where
    /// nobody sits and no lever is pulled writes the same trace as <c>run</c>).
    /// </summary>
    public static RunPlan For(RunPlan plan, string room)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(room);
        return plan with
        {
            Stepped = true,
            Actors = [.. plan.Actors.Select(a => a with { Policy = AnswerPolicyKind.Person, Room = room })],
        };
    }
}
