namespace Sitrep.Extraction.Places.Resolution;

/// <summary>The phases of the front: for each, the towns where the fighting was (public chronology).</summary>
internal static partial class FrontLine
{
    private static readonly DateOnly Sloviansk = new(2014, 4, 12); // the armed seizure of Sloviansk
    private static readonly DateOnly Minsk = new(2014, 9, 5); // the first Minsk ceasefire
    private static readonly DateOnly DebaltseveFell = new(2015, 2, 20);
    private static readonly DateOnly Invasion = new(2022, 2, 24);
    private static readonly DateOnly NorthLeft = new(2022, 4, 4); // Russian forces gone from Kyiv, Chernihiv, Sumy oblasts
    private static readonly DateOnly MariupolFell = new(2022, 5, 20);
    private static readonly DateOnly KharkivCounteroffensive = new(2022, 9, 6);
    private static readonly DateOnly KhersonFreed = new(2022, 11, 11);
    private static readonly DateOnly AvdiivkaFell = new(2024, 2, 17);
    private static readonly DateOnly VuhledarFell = new(2024, 10, 1);

    /// <summary>The line of contact from the first Minsk ceasefire to the invasion, south to north; fought over
    /// again in the invasion's first weeks.</summary>
    private static readonly (double Lat, double Lon)[] LineOfContact =
    [
        (47.10, 37.82), // Shyrokyne
        (47.23, 37.77), // Hnutove, Pavlopil
        (47.33, 37.70), // Vodiane (Mariupol sector)
        (47.50, 37.83), // Hranitne, Starohnativka
        (47.72, 37.60), // Novotroitske, Olenivka
        (47.78, 37.25), // Vuhledar, Pavlivka
        (47.94, 37.50), // Marinka, Krasnohorivka
        (48.07, 37.67), // Pisky, Opytne
        (48.14, 37.75), // Avdiivka
        (48.22, 37.88), // Verkhnotoretske
        (48.33, 37.90), // Zaitseve, Maiorsk, Shumy
        (48.43, 38.21), // Svitlodarsk, Luhanske, Novoluhanske
        (48.63, 38.38), // Popasna
        (48.70, 38.52), // Zolote
        (48.75, 38.85), // Krymske, Trokhizbenka
        (48.74, 39.23), // Shchastia
        (48.65, 39.49), // Stanytsia Luhanska
    ];

    private static readonly Point[] Points =
    [
        // April to the Minsk ceasefire, 2014: Sloviansk and Kramatorsk, the northern towns, Donetsk's approaches,
        // the Russian border from Novoazovsk to Izvaryne (the "southern cauldron"), the approaches to Luhansk
        .. Phase(Sloviansk, Minsk,
            (48.85, 37.60), // Sloviansk
            (48.73, 37.59), // Kramatorsk
            (48.87, 38.10), // Siversk, Yampil
            (48.92, 38.46), // Lysychansk, Sievierodonetsk
            (48.63, 38.45), // Popasna, Pervomaisk
            (48.11, 37.49), // Karlivka
            (48.07, 37.67), // Donetsk airport, Pisky
            (48.34, 38.05), // Horlivka
            (48.34, 38.41), // Debaltseve
            (48.06, 38.44), // Shakhtarsk
            (47.92, 38.20), // Ilovaisk
            (47.60, 37.50), // Volnovakha
            (47.10, 37.55), // Mariupol
            (47.11, 38.08), // Novoazovsk
            (47.79, 38.48), // Amvrosiivka
            (47.91, 38.80), // Savur-Mohyla, Marynivka, Stepanivka
            (47.94, 39.14), // Diakove
            (47.92, 39.48), // Zelenopillia
            (48.08, 39.65), // Dovzhanskyi, Chervonopartyzansk
            (48.29, 39.89), // Izvaryne
            (48.41, 39.24), // Lutuhyne, Luhansk airport
            (48.51, 39.45), // Novosvitlivka, Khriashchuvate
            (48.57, 39.31), // Luhansk
            (48.74, 39.23)), // Shchastia

        // the line of contact from the first Minsk ceasefire to the invasion, south to north
        .. Phase(Minsk, Invasion, LineOfContact),

        // the Debaltseve salient until its fall
        .. Phase(Minsk, DebaltseveFell,
            (48.34, 38.41), // Debaltseve
            (48.32, 38.27), // Vuhlehirsk
            (48.28, 38.52)), // Nikishyne, Chornukhyne

        // the invasion's first weeks: the line of contact, the roads to Kyiv, Chernihiv, Sumy and Kharkiv, the south
        .. Phase(Invasion, NorthLeft, LineOfContact),
        .. Phase(Invasion, NorthLeft,
            (50.54, 30.21), // Bucha, Irpin, Hostomel
            (50.46, 29.81), // Makariv
            (51.51, 31.29), // Chernihiv
            (50.92, 34.80), // Sumy
            (50.31, 34.90), // Okhtyrka
            (50.48, 34.97), // Trostianets
            (50.09, 36.36), // Tsyrkuny, Kharkiv's northern approaches
            (49.98, 36.25), // Kharkiv
            (49.21, 37.28), // Izium
            (47.10, 37.54), // Mariupol
            (47.60, 37.50), // Volnovakha
            (46.98, 31.99), // Mykolaiv
            (47.56, 31.34), // Voznesensk
            (47.08, 32.82), // Snihurivka
            (46.64, 32.61), // Kherson
            (47.67, 36.26), // Huliaipole
            (47.49, 34.66)), // Enerhodar

        // the battle for Donbas, to the Kharkiv counteroffensive
        .. Phase(NorthLeft, MariupolFell, (47.10, 37.54)), // Mariupol
        .. Phase(NorthLeft, KharkivCounteroffensive,
            (50.09, 36.36), // Tsyrkuny
            (50.14, 36.29), // Ruska Lozova
            (49.21, 37.28), // Izium
            (49.04, 37.57), // Sviatohirsk
            (48.99, 37.80), // Lyman
            (48.87, 38.10), // Siversk
            (49.01, 38.38), // Rubizhne
            (48.95, 38.49), // Sievierodonetsk
            (48.90, 38.44), // Lysychansk
            (48.63, 38.38), // Popasna
            (48.75, 38.50), // Hirske, Zolote
            (48.69, 38.07), // Soledar
            (48.59, 38.00), // Bakhmut
            (48.14, 37.74), // Avdiivka
            (48.07, 37.67), // Pisky
            (48.01, 37.51), // Krasnohorivka, Marinka
            (47.78, 37.25), // Vuhledar, Pavlivka
            (47.85, 36.84), // Velyka Novosilka
            (47.67, 36.26), // Huliaipole
            (47.58, 35.78), // Orikhiv
            (47.24, 33.19), // Davydiv Brid
            (47.08, 32.82), // Snihurivka
            (46.81, 32.26), // Posad-Pokrovske
            (46.98, 31.99)), // Mykolaiv

        // the Kharkiv and Kherson counteroffensives
        .. Phase(KharkivCounteroffensive, KhersonFreed,
            (49.46, 36.84), // Balakliia
            (49.71, 37.62), // Kupiansk
            (49.21, 37.28), // Izium
            (48.99, 37.80), // Lyman
            (49.41, 38.15), // Svatove
            (49.05, 38.22), // Kreminna
            (48.93, 38.25), // Bilohorivka
            (48.87, 38.10), // Siversk
            (48.69, 38.07), // Soledar
            (48.59, 38.00), // Bakhmut
            (48.14, 37.74), // Avdiivka
            (48.07, 37.67), // Pisky
            (48.01, 37.51), // Marinka
            (47.78, 37.25), // Vuhledar, Pavlivka
            (47.85, 36.84), // Velyka Novosilka
            (47.67, 36.26), // Huliaipole
            (47.58, 35.78), // Orikhiv
            (47.24, 33.19), // Davydiv Brid
            (47.19, 33.76), // Dudchany
            (47.08, 32.82), // Snihurivka
            (46.64, 32.61), // Kherson
            (46.84, 33.43), // Beryslav
            (46.76, 33.36), // Nova Kakhovka
            (47.49, 34.66)), // Enerhodar

        // Bakhmut, the 2023 counteroffensive, to the fall of Avdiivka
        .. Phase(KhersonFreed, AvdiivkaFell,
            (49.76, 37.69), // Synkivka, Kupiansk
            (49.85, 37.68), // Dvorichna
            (49.41, 38.15), // Svatove
            (49.05, 38.22), // Kreminna
            (48.93, 38.25), // Bilohorivka
            (48.87, 38.10), // Siversk
            (48.69, 38.07), // Soledar
            (48.59, 38.00), // Bakhmut
            (48.59, 37.86), // Chasiv Yar
            (48.50, 37.97), // Andriivka, Klishchiivka
            (48.39, 37.85), // Toretsk
            (48.14, 37.74), // Avdiivka
            (48.07, 37.67), // Pisky
            (48.01, 37.51), // Krasnohorivka, Marinka
            (47.85, 37.48), // Novomykhailivka
            (47.78, 37.25), // Vuhledar
            (47.75, 36.80), // Staromaiorske, Urozhaine
            (47.85, 36.84), // Velyka Novosilka
            (47.67, 36.26), // Huliaipole
            (47.45, 35.84), // Robotyne
            (47.58, 35.78), // Orikhiv
            (47.59, 35.36), // Stepnohirsk
            (46.64, 32.61), // Kherson
            (46.76, 33.36), // Nova Kakhovka
            (46.73, 33.08)), // Krynky

        // the advance on Pokrovsk, the Vovchansk offensive, to the fall of Vuhledar
        .. Phase(AvdiivkaFell, VuhledarFell,
            (50.29, 36.94), // Vovchansk
            (50.20, 36.41), // Lyptsi
            (49.76, 37.69), // Synkivka, Kupiansk
            (49.05, 38.22), // Kreminna
            (48.87, 38.10), // Siversk
            (48.59, 37.86), // Chasiv Yar
            (48.50, 37.97), // Klishchiivka
            (48.39, 37.85), // Toretsk
            (48.25, 37.62), // Ocheretyne
            (48.19, 37.64), // Berdychi
            (48.20, 37.34), // Novohrodivka
            (48.15, 37.30), // Selydove
            (48.28, 37.18), // Pokrovsk
            (48.01, 37.51), // Krasnohorivka
            (47.85, 37.48), // Novomykhailivka
            (47.78, 37.25), // Vuhledar
            (47.75, 36.80), // Staromaiorske
            (47.67, 36.26), // Huliaipole
            (47.45, 35.84), // Robotyne
            (46.73, 33.08), // Krynky
            (46.64, 32.61)), // Kherson

        // since the fall of Vuhledar; the last phase stays open until the table is next brought up to date
        .. Phase(VuhledarFell, DateOnly.MaxValue,
            (51.12, 35.04), // Yunakivka, Sumy Oblast's border
            (50.29, 36.94), // Vovchansk
            (50.20, 36.41), // Lyptsi
            (49.71, 37.62), // Kupiansk
            (49.05, 38.22), // Kreminna
            (48.99, 37.80), // Lyman
            (48.87, 38.10), // Siversk
            (48.53, 37.71), // Kostiantynivka
            (48.59, 37.86), // Chasiv Yar
            (48.39, 37.85), // Toretsk
            (48.31, 37.27), // Myrnohrad
            (48.28, 37.18), // Pokrovsk
            (48.25, 37.05), // Kotlyne
            (48.24, 36.99), // Udachne
            (48.46, 37.09), // Dobropillia
            (47.98, 37.28), // Kurakhove
            (48.14, 36.79), // Novopavlivka
            (47.85, 36.84), // Velyka Novosilka
            (47.67, 36.26), // Huliaipole
            (47.45, 35.84), // Robotyne
            (47.59, 35.36), // Stepnohirsk, Kamianske
            (46.64, 32.61)), // Kherson
    ];
}
