package org.enrolcheck.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Small roster files as registrars write them, and their upload through the real endpoint. */
public final class Rosters {

	public static final String HEADER = "考生号,学号,姓名,性别,出生日期,证件类型,身份证号,民族,生源省市,分院/系所,班号,专业代码,专业名称,学制,层次,录取年份,学习形式,学历类别,入学日期,预毕业日期,学籍状态";

	private Rosters() {
	}

	/** One line for class 2025010101 (计算机科学与技术) with a known-valid resident ID. */
	public static String line(String examinee, String student, String name, String[] id) {
		String gender = "MALE".equals(id[1]) ? "男" : "女";
		return String.join(",", examinee, student, name, gender, id[2], "居民身份证", id[0], "汉族", "重庆",
				"计算机与信息科学学院", "2025010101", "080901", "计算机科学与技术", "4", "本科", "2025", "普通全日制", "普通高等教育",
				"2025-09-01", "2029-07-01", "注册学籍");
	}

	public static byte[] csv(List<String> lines) {
		return ("\uFEFF" + HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Uploads {@code bytes} as a roster and returns the upload's global id. */
	public static String upload(WebTestClient http, String bearer, String fileName, byte[] bytes) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("purpose", "ROSTER");
		form.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return http.post().uri("/api/uploads").header("Authorization", bearer)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange().expectStatus().isCreated()
			.expectBody(java.util.Map.class).returnResult().getResponseBody().get("id").toString();
	}

}
