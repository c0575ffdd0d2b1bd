#include <copydesk/copydesk.hpp>

#include <iostream>

int main() {
  const copydesk::Pipeline pipeline = copydesk::Pipeline::load({});
  const std::string text = "It was 3.5 m from example.com, in the U.S. today.\n";
  const copydesk::CleanResult result = pipeline.clean(text);
  if (result.text != text) {
    std::cerr << "clean text changed: " << result.text;
    return 1;
  }
  std::cout << "consumer ok: " << pipeline.rules().size() << " rules\n";
  return 0;
}
