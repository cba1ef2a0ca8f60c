package org.amnistia.offense;

/**
 * The closed list of offense categories that the Art. 9 rules test (docs/spec/semantica.md §4). Every code
 * of the catalogue has exactly one; {@link #OTRO} is every code that no exclusion names.
 */
public enum OffenseCategory {
    /** Crimes of Art. 29 of the Constitution: lesa humanidad, war crimes, grave violations of human rights, torture, forced disappearance. */
    ART29,
    /** Intentional homicide and magnicidio. */
    HOMICIDIO,
    LESIONES_GRAVISIMAS,
    /** Both drug-trafficking codes. */
    DROGAS,
    /** Offenses of the Ley contra la Corrupción: corrupción, peculado, enriquecimiento ilícito. */
    CORRUPCION,
    /** Damage to public property (doubt D10). */
    BIENES_PUBLICOS,
    /** Armed or forceful action by foreign actors, mercenarismo. */
    ACCION_ARMADA,
    /** Requesting or supporting sanctions (unilateral coercive measures). */
    SANCIONES,
    /** Treason-type charges read as collusion with a foreign country under the strict reading (doubt D11). */
    TRAICION_EXTRANJERA,
    /** Military rebellion (doubt D07). */
    REBELION_MILITAR,
    OTRO
}
