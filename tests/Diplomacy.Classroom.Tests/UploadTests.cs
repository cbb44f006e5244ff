using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Diplomacy.Classroom.Tests.Fixtures;

namespace Diplomacy.Classroom.Tests;

/// <summary>
/// Uploaded scenarios are data only, size-limited, checked with the same located errors as
/// <c>diplomacy validate</c>, and may name only the shipped worlds.
/// </summary>
[Collection(ClassroomCollection.Name)]
public sealed class UploadTests(ClassroomFixture fixture)
{
    private const string World = "../seeds/2025-02-13-us-russia-ukraine-peace-talks.world.yaml";

    private static readonly HttpClient Http = new();

    private static string Shipped => File.ReadAllText(Path.Combine(ClassroomFixture.ScenariosFolder, "talks-as-announced.yaml"));

    [Fact]
    public async Task A_valid_upload_is_set_up_in_the_room()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        await using var teacher = await RoomClient.ConnectAsync(fixture, code, $"role=teacher&key={key}");

        using var response = await UploadAsync(code, key, Shipped.Replace("name: talks-as-announced", "name: my-what-if", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setup = await teacher.NextAsync("setup");
        Assert.Equal("my-what-if", setup.GetProperty("scenario").GetProperty("name").GetString());
        Assert.True(setup.GetProperty("scenario").GetProperty("uploaded").GetBoolean());
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/hostname")]
    [InlineData("https://example.org/world.yaml")]
    [InlineData("../scenarios/talks-as-announced.yaml")]
    public async Task An_upload_may_name_only_a_shipped_world(string world)
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        var text = Shipped.Replace($"world: {World}", $"world: {world}", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("world:", StringComparison.Ordinal)) + 1;

        var errors = await ErrorsAsync(await UploadAsync(code, key, text), HttpStatusCode.BadRequest);

        Assert.Equal([$"talks.yaml:{line}:8: error: an uploaded scenario may only name a shipped world ('{World}'); '{world}' is not one"], errors);
    }

    [Fact]
    public async Task Mistakes_in_an_upload_come_back_at_their_places_as_validate_reports_them()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        var text = Shipped.Replace("rounds: 8", "rounds: 0", StringComparison.Ordinal).Replace("from: trump, to: putin", "from: trump, to: atlantis", StringComparison.Ordinal);

        var errors = await ErrorsAsync(await UploadAsync(code, key, text), HttpStatusCode.BadRequest);

        Assert.Contains(errors, e => e.StartsWith("talks.yaml:", StringComparison.Ordinal) && e.Contains("'rounds'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("talks.yaml:", StringComparison.Ordinal) && e.Contains("atlantis", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("diplomacy-upload-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upload_is_plain_data_and_small()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);

        var tagged = await ErrorsAsync(await UploadAsync(code, key, Shipped.Replace("rounds: 8", "rounds: !!python/object:os.system 8", StringComparison.Ordinal)), HttpStatusCode.BadRequest);
        Assert.Contains(tagged, e => e.Contains("YAML tags are not allowed", StringComparison.Ordinal));

        using var large = await UploadAsync(code, key, Shipped + "\n# " + new string('x', ClassroomOptions.UploadLimitBytes));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);

        var binary = await ErrorsAsync(await UploadAsync(code, key, [0xff, 0xfe, 0x00, 0x41]), HttpStatusCode.BadRequest);
        Assert.Equal(["talks.yaml:1:1: error: the file is not UTF-8 text; a scenario is a YAML text file"], binary);
    }

    [Fact]
    public async Task Only_the_rooms_teacher_may_upload()
    {
        var (code, _) = await RoomClient.OpenRoomAsync(fixture);

        using var wrongKey = await UploadAsync(code, "guess", Shipped);
        using var noRoom = await UploadAsync("QQQQQQ", "guess", Shipped);

        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noRoom.StatusCode);
    }

    private Task<HttpResponseMessage> UploadAsync(string code, string key, string text) => UploadAsync(code, key, Encoding.UTF8.GetBytes(text));

    private async Task<HttpResponseMessage> UploadAsync(string code, string key, byte[] content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Address, $"api/rooms/{code}/scenario?name=talks.yaml"))
        {
            Content = new ByteArrayContent(content),
        };
        request.Headers.Add("X-Teacher-Key", key);
        return await Http.SendAsync(request);
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            Assert.Equal(expected, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return [.. body.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];
        }
    }
}
