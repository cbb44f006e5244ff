namespace Diplomacy.Contracts.Classroom;

/// <summary>The bounds a room keeps to, checked wherever a browser's request arrives.</summary>
public static class RoomLimits
{
    public const int ShortestAnswerSeconds = 5;

    public const int LongestAnswerSeconds = 300;

    public const int DefaultAnswerSeconds = 60;

    /// <summary>A student's name as the room and the trace show it.</summary>
    public const int LongestStudentName = 40;

    /// <summary>The questions a room remembers after they close, so a round replayed after a fault gets the same answers.</summary>
    public const int ClosedQuestionsKept = 500;

    /// <summary>Why <paramref name="name"/> cannot be a student's name, or null when it can.</summary>
    public static string? NameRefusal(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "a name is needed to take a seat";
        }

        if (name.Trim().Length > LongestStudentName)
        {
            return $"a name may have at most {LongestStudentName} characters";
        }

        return name.Any(char.IsControl) ? "a name may not hold control characters" : null;
    }

    /// <summary>Why <paramref name="seconds"/> cannot be the answer timer, or null when it can.</summary>
    public static string? AnswerTimeRefusal(int seconds) =>
        seconds is < ShortestAnswerSeconds or > LongestAnswerSeconds
            ? $"the answer timer must be {ShortestAnswerSeconds}–{LongestAnswerSeconds} seconds, got {seconds}"
            : null;
}
