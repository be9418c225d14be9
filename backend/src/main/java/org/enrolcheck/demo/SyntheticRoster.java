package org.enrolcheck.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import org.enrolcheck.demo.InstitutionCatalogue.SchoolClass;
import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.StudyMode;
import org.jspecify.annotations.Nullable;

/**
 * One roster being generated, row after row. Each row draws from its own seeded dice; what must be
 * unique (考生号, ID numbers) is counted here, which is why rows come in order.
 */
final class SyntheticRoster implements Iterator<RosterRow> {

	/** The documents of the students placed from Hong Kong, Macao and Taiwan: one of each kind. */
	private static final Map<Province, IdType> PLACED_DOCUMENTS = new EnumMap<>(Map.of(Province.HONG_KONG,
			IdType.HK_MACAO_PERMIT, Province.MACAO, IdType.HMT_RESIDENCE_PERMIT, Province.TAIWAN, IdType.TAIWAN_PERMIT));

	private static final int SUPPLEMENTARY_EVERY = 997;

	private static final int UNCOMMON_EVERY = 499;

	private final SyntheticStudents students;

	private final int count;

	private final ClassPlacement placement;

	private final EthnicMix ethnicMix;

	private final Map<Integer, Province> placedProvinces;

	private final StatusMix statuses;

	private final IdentityNumbers identityNumbers;

	private final ExamineeNumbers examineeNumbers;

	private final int supplementaryAt;

	private final int uncommonAt;

	private int row;

	private int classIndex;

	private int supplementaryDue;

	private int uncommonDue;

	SyntheticRoster(SyntheticStudents students, int count) {
		this.students = students;
		this.count = count;
		long seed = students.seed;
		List<SchoolClass> classes = students.catalogue.classes();
		this.placement = new ClassPlacement(classes, count, Seeds.mix(seed, 1));
		this.ethnicMix = new EthnicMix(count, Seeds.mix(seed, 2));
		this.placedProvinces = Seeds.spread(List.of(Province.values()), count, Seeds.mix(seed, 3), ethnicMix.placed());
		this.statuses = new StatusMix(placement.classes(), students.today, Seeds.mix(seed, 4));
		int firstYear = classes.stream().mapToInt(SchoolClass::admissionYear).min().orElseThrow();
		int lastYear = classes.stream().mapToInt(SchoolClass::admissionYear).max().orElseThrow();
		List<Region> regions = students.regions.all();
		this.identityNumbers = new IdentityNumbers(regions, LocalDate.of(firstYear - BirthDates.OLDEST - 2, 1, 1),
				LocalDate.of(lastYear - BirthDates.YOUNGEST + 1, 12, 31), Seeds.mix(seed, 5));
		this.examineeNumbers = new ExamineeNumbers(regions.size(), firstYear, lastYear, Seeds.mix(seed, 6));
		this.supplementaryAt = Seeds.pick(seed, 7, SUPPLEMENTARY_EVERY);
		this.uncommonAt = Seeds.pick(seed, 8, UNCOMMON_EVERY);
	}

	@Override
	public boolean hasNext() {
		return row < count;
	}

	@Override
	public RosterRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int current = row++;
		classIndex = placement.indexOf(current, classIndex);
		PlacedClass placed = placement.get(classIndex);
		SchoolClass schoolClass = placed.schoolClass();
		SplittableRandom dice = Seeds.dice(students.seed, current);

		Province placedProvince = placedProvinces.get(current);
		Ethnicity ethnicity = placedProvince != null ? Ethnicity.HAN : ethnicMix.forRow(current, dice);
		Region origin = placedProvince != null ? students.regions.in(placedProvince, dice)
				: students.regions.origin(ethnicity, dice);
		Gender gender = dice.nextDouble() < placed.femaleShare() ? Gender.FEMALE : Gender.MALE;
		LocalDate birthDate = BirthDates.draw(schoolClass.level(), placed.enrolmentDate(), dice);
		IdType idType = documentType(origin, placedProvince, dice);
		IdentityNumbers.Issued document = identityNumbers.issue(idType, origin, birthDate, gender);
		String name = name(current, ethnicity, gender, dice);
		boolean postgraduate = schoolClass.level() == Level.MASTER || schoolClass.level() == Level.DOCTORATE;
		StudyMode studyMode = postgraduate && dice.nextInt(100) < 12 ? StudyMode.PART_TIME : StudyMode.FULL_TIME;

		return new RosterRow(current + 2, examineeNumbers.next(schoolClass.admissionYear(), origin),
				placement.studentNumber(current, placed), name, gender, document.birthDate(), idType,
				document.number(), ethnicity, origin.province(), students.catalogue.institutionCode(),
				schoolClass.collegeName(), schoolClass.code(), schoolClass.majorCode(), schoolClass.majorName(),
				schoolClass.lengthOfSchooling(), schoolClass.level(), schoolClass.admissionYear(), studyMode,
				postgraduate ? EducationCategory.POSTGRADUATE : EducationCategory.REGULAR, placed.enrolmentDate(),
				placed.expectedGraduationDate(), statuses.forRow(current, placed, dice));
	}

	/** Mainlanders hold a resident ID; people from Hong Kong, Macao and Taiwan a residence or travel permit. */
	private static IdType documentType(Region origin, @Nullable Province placedProvince,
			SplittableRandom dice) {
		if (origin.isMainland()) {
			return IdType.RESIDENT_ID;
		}
		if (placedProvince != null) {
			return PLACED_DOCUMENTS.get(placedProvince);
		}
		if (dice.nextBoolean()) {
			return IdType.HMT_RESIDENCE_PERMIT;
		}
		return origin.province() == Province.TAIWAN ? IdType.TAIWAN_PERMIT : IdType.HK_MACAO_PERMIT;
	}

	/**
	 * The group's own name form if it has one, else a Han-style name; one Han-style name in about
	 * every 500 takes an uncommon character and one in about every 1,000 a character outside the BMP.
	 */
	private String name(int current, Ethnicity ethnicity, Gender gender, SplittableRandom dice) {
		if (current % SUPPLEMENTARY_EVERY == supplementaryAt) {
			supplementaryDue++;
		}
		if (current % UNCOMMON_EVERY == uncommonAt) {
			uncommonDue++;
		}
		String own = students.minorityNames.name(ethnicity, gender, dice);
		if (own != null) {
			return own;
		}
		HanNames.Rarity rarity = HanNames.Rarity.COMMON;
		if (supplementaryDue > 0) {
			supplementaryDue--;
			rarity = HanNames.Rarity.SUPPLEMENTARY;
		}
		else if (uncommonDue > 0) {
			uncommonDue--;
			rarity = HanNames.Rarity.UNCOMMON;
		}
		return students.hanNames.name(ethnicity, gender, rarity, dice);
	}

}
