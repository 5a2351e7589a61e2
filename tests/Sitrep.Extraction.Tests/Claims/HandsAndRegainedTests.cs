using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "Still in Ukrainian hands" holds the ground (control); "regained control of", "відновили контроль",
/// "восстановили контроль" take it back (capture).
/// </summary>
public sealed class HandsAndRegainedTests
{
    private const long Village = 690619;

    [Theory]
    [InlineData("The village is still in Ukrainian hands, the brigade's spokesman said.", ClaimKind.Control)]
    [InlineData("Uspenivka remains in Russian hands despite the counterattack, the Defence Ministry said.", ClaimKind.Control)]
    [InlineData("Ukrainian forces regained control of Uspenivka on Sunday, the corps said.", ClaimKind.Capture)]
    [InlineData("Сили оборони відновили контроль над Успенівкою, повідомив корпус.", ClaimKind.Capture)]
    [InlineData("Российские подразделения восстановили контроль над Успеновкой, сообщило Минобороны.", ClaimKind.Capture)]
    public void Process_HandsOrRegainedControl_IsControlOrCapture(string text, ClaimKind kind)
    {
        var doc = Docs.Text(text, outlet: "Steppe Herald");
        foreach (var name in new[] { "Uspenivka", "Успенівкою", "Успеновкой" })
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                Docs.Place(doc, name, Village, "Uspenivka");
            }
        }

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(Stance.Asserts, claim.Stance);
    }
}
