namespace Diplomacy.Classroom.Tests.Fixtures;

/// <summary>A room's downloads, fetched as the teacher's page links them.</summary>
public static class RoomFiles
{
    private static readonly HttpClient Http = new();

    public static async Task<string> ReadAsync(ClassroomFixture fixture, string code, string key, string file)
    {
        using var response = await Http.GetAsync(new Uri(fixture.Address, $"api/rooms/{code}/files/{file}?key={Uri.EscapeDataString(key)}"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
