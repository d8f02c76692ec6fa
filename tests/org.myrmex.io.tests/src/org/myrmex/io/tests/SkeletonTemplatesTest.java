// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.SkeletonTemplates;
import org.myrmex.io.SkeletonTemplates.Template;
import org.myrmex.model.Skeleton;

/** The templates File › New › Myrmex Project offers: Myrmex's ant first, then SLEAP's own. */
class SkeletonTemplatesTest {

	@Test
	void listsTheAntFirstThenSleapsTemplates() {
		assertEquals(List.of("ant18.json", "bees.json", "flies13.json", "fly32.json", "gerbils.json", "mice_hc.json",
				"mice_of.json"), SkeletonTemplates.all().stream().map(Template::file).toList());
		assertEquals("Ant (18 nodes)", SkeletonTemplates.all().get(0).title());
	}

	@Test
	void theAntTemplateIsTheLabsSkeleton() throws Exception {
		Skeleton ant = SkeletonTemplates.named("ant18.json").load();
		assertEquals(SkeletonJsonTest.ANT_NODES, SkeletonJsonTest.names(ant));
		assertEquals(SkeletonJsonTest.ANT_EDGES, SkeletonJsonTest.edges(ant));
		assertEquals(SkeletonJsonTest.ANT_SYMMETRIES, SkeletonJsonTest.symmetries(ant));
		assertEquals(SkeletonJsonTest.describe(SkeletonJson.read(Fixtures.get("ants/antSkeleton.json"))),
				SkeletonJsonTest.describe(ant));
	}

	@Test
	void sleapsTemplatesReadAsTheirOriginals() throws Exception {
		for (Template template : SkeletonTemplates.all().subList(1, 7)) {
			Skeleton original = SkeletonJson.read(Fixtures.get("sleap/skeletons/" + template.file()));
			assertEquals(SkeletonJsonTest.describe(original), SkeletonJsonTest.describe(template.load()),
					template.file());
		}
	}

	@Test
	void eachLoadIsANewSkeleton() throws Exception {
		Template ant = SkeletonTemplates.named("ant18.json");
		assertNotSame(ant.load(), ant.load());
		assertThrows(IllegalArgumentException.class, () -> SkeletonTemplates.named("spiders.json"));
	}
}
