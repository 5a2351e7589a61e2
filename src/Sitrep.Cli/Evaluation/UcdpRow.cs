namespace Sitrep.Cli.Evaluation;

/// <summary>
/// One event of the UCDP Georeferenced Event Dataset, reduced to what the places evaluation reads: the headlines
/// of its sources (the input), and the coders' point and precision (the answer).
/// </summary>
/// <param name="Line">The line of the CSV file the row starts on (1-based, the header is line 1).</param>
/// <param name="WherePrec">UCDP where_prec: 1 exact place, 2 within 25 km of a place, 3 second-order
/// administrative division, 4 first-order division, 5 linear feature or region, 6 country, 7 international
/// waters or airspace.</param>
public sealed record UcdpRow(
    int Line,
    string Id,
    string Headline,
    int WherePrec,
    string WhereDescription,
    double Lat,
    double Lon,
    DateOnly DateStart);
