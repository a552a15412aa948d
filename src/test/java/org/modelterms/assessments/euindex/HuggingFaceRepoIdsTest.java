package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HuggingFaceRepoIdsTest {

  @Test
  void repositoryLinks() {
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/EleutherAI/pythia-6.9b"))
        .contains("EleutherAI/pythia-6.9b");
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/openai/gpt-oss-120b/tree/main"))
        .contains("openai/gpt-oss-120b");
    assertThat(
            HuggingFaceRepoIds.fromLink(
                "https://huggingface.co/CarperAI/stable-vicuna-13b-delta#apply-delta-weights"))
        .contains("CarperAI/stable-vicuna-13b-delta");
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/facebook/MobileLLM-R1.5-950M/"))
        .contains("facebook/MobileLLM-R1.5-950M");
    assertThat(HuggingFaceRepoIds.fromLink("https://hf.co/owner/name?x=1")).contains("owner/name");
  }

  @Test
  void linksThatNameNoModelRepository() {
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/EleutherAI")).isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/datasets/m-a-p/Code-Feedback"))
        .isEmpty();
    assertThat(
            HuggingFaceRepoIds.fromLink(
                "https://huggingface.co/collections/swiss-ai/apertus-llm-68b699e65415c231ace3b059"))
        .isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/docs/transformers/en/x"))
        .isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("https://huggingface.co/papers/2512.13961")).isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("https://github.com/owner/name")).isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("tilde.ai")).isEmpty();
    assertThat(HuggingFaceRepoIds.fromLink("not a url at all")).isEmpty();
  }

  @Test
  void idsAreDistinctIgnoringCase() {
    assertThat(
            HuggingFaceRepoIds.fromLinks(
                List.of(
                    "https://huggingface.co/Owner/Model",
                    "https://huggingface.co/owner/model/tree/main",
                    "https://huggingface.co/owner/other")))
        .containsExactly("Owner/Model", "owner/other");
  }
}
