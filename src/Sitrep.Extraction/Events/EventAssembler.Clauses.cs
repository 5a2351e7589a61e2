using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>Which statement and which clause of a sentence a trigger stands in.</summary>
internal sealed partial class EventAssembler
{
    /// <summary>The statement (clause) a trigger stands in, else the sentence's last statement, else none.</summary>
    private static Core.Model.Attribution? StatementOf(List<Core.Model.Attribution> statements, TextSpan trigger)
    {
        foreach (var a in statements)
        {
            if (a.Span.Contains(trigger))
            {
                return a;
            }
        }

        return statements.Count > 0 ? statements[^1] : null;
    }

    /// <summary>Whether a weapon trigger (shelling, a drone, a mine, a strike) stands in the clause of <paramref name="clash"/>.</summary>
    private bool WeaponInClause(List<PhraseMatch<TriggerClass>> triggers, TextSpan clash)
    {
        foreach (var w in triggers)
        {
            if (w.Value is TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Mine or TriggerClass.Strike && !OtherClause(clash, w.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clause boundary ("; ", ", while", "whereas", "meanwhile") separates two spans of a sentence.</summary>
    private bool OtherClause(TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to <= from)
        {
            return false;
        }

        var between = _document.Text.AsSpan(from, to - from);
        return between.Contains(';') || between.Contains(" while ", StringComparison.OrdinalIgnoreCase)
            || between.Contains(" whereas ", StringComparison.OrdinalIgnoreCase) || between.Contains(" meanwhile", StringComparison.OrdinalIgnoreCase)
            || between.Contains(" тоді як ", StringComparison.OrdinalIgnoreCase) || between.Contains(" тогда как ", StringComparison.OrdinalIgnoreCase)
            || between.Contains(" а также ", StringComparison.OrdinalIgnoreCase);
    }
}
