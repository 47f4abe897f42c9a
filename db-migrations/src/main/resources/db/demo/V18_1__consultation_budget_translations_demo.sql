-- The demo country's consultations, budgets and their headings in Khmer beside English (development only).

INSERT INTO con_consultation_text (consultation_id, language, name, description)
SELECT c.id, 'km', v.name, v.description
FROM (SELECT 'Draft Public Transport Act' AS title, 'សេចក្តីព្រាងច្បាប់ស្តីពីការដឹកជញ្ជូនសាធារណៈ' AS name,
             'របៀបដែលរថយន្តក្រុង រថភ្លើងក្នុងក្រុង និងសាឡាង ត្រូវបានរៀបចំផែនការ ចុះកិច្ចសន្យា និងបង់ថ្លៃ និងអ្វីដែលអ្នកដំណើរអាចរំពឹងទុក។ សូមផ្តល់មតិលើសេចក្តីព្រាងទាំងមូល ឬលើបទប្បញ្ញត្តិណាមួយ។' AS description
      UNION ALL SELECT 'Draft Drinking Water Act', 'សេចក្តីព្រាងច្បាប់ស្តីពីទឹកស្អាត',
             'គុណភាពទឹកស្អាត ភាពញឹកញាប់ដែលអ្នកផ្គត់ផ្គង់ធ្វើតេស្តវា និងរបៀបដែលពួកគេព្រមានអ្នកប្រើប្រាស់។'
      UNION ALL SELECT 'Draft Tobacco Control Act', 'សេចក្តីព្រាងច្បាប់ស្តីពីការត្រួតពិនិត្យថ្នាំជក់',
             'កន្លែងដែលអនុញ្ញាតឱ្យជក់បារី របៀបលក់ និងផ្សាយពាណិជ្ជកម្មថ្នាំជក់ និងរបៀបអនុវត្តច្បាប់។ ក្រសួងនឹងស្នើសុំមតិលើបទប្បញ្ញត្តិនីមួយៗ។') v
JOIN con_consultation c ON c.title = v.title;

INSERT INTO bud_process_text (process_id, language, name, description)
SELECT p.id, 'km', v.name, v.description
FROM (SELECT 'capital-city-2027' AS slug, 'ថវិកាចូលរួមរបស់រដ្ឋធានី ឆ្នាំ២០២៧' AS name,
             'ប្រជាពលរដ្ឋសម្រេចពីរបៀបចំណាយ ៣៥០ ០០០ នៃថវិកាក្រុងឆ្នាំក្រោយ៖ ២០០ ០០០ នៅកណ្តាលក្រុង និង ១៥០ ០០០ សម្រាប់សួនច្បារ និងទីធ្លាបៃតង។' AS description
      UNION ALL SELECT 'riverside-2026', 'ថវិកាចូលរួមរបស់ក្រុងមាត់ទន្លេ ឆ្នាំ២០២៦',
             'ប្រជាពលរដ្ឋក្រុងមាត់ទន្លេបានជ្រើសរើសគម្រោងរហូតដល់បីក្នុងម្នាក់ៗ សម្រាប់ ៣០០ ០០០ នៃថវិកាឆ្នាំនេះ។ គម្រោងដែលឈ្នះកំពុងត្រូវបានសាងសង់។') v
JOIN bud_process p ON p.slug = v.slug;

INSERT INTO bud_heading_text (heading_id, language, name, description)
SELECT h.id, 'km', v.name, NULL
FROM (SELECT 'capital-city-2027' AS process, 'city-centre' AS slug, 'កណ្តាលក្រុង' AS name
      UNION ALL SELECT 'capital-city-2027', 'parks', 'សួនច្បារ និងទីធ្លាបៃតង'
      UNION ALL SELECT 'riverside-2026', 'whole-town', 'ក្រុងទាំងមូល') v
JOIN bud_process p ON p.slug = v.process
JOIN bud_heading h ON h.process_id = p.id AND h.slug = v.slug;
